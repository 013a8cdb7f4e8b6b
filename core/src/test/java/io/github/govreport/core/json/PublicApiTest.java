package io.github.govreport.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public JSON API is text in and out: no Jackson type in a public signature of ModelJson. */
class PublicApiTest {

    @Test
    void noPublicMethodOfModelJsonTakesOrGivesAJacksonType() {
        List<String> leaks = Arrays.stream(ModelJson.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> Stream.concat(Stream.of(m.getReturnType()), Arrays.stream(m.getParameterTypes()))
                        .anyMatch(t -> t.getName().startsWith("com.fasterxml")))
                .map(Method::getName).toList();
        assertThat(leaks).isEmpty();
        assertThat(Arrays.stream(ModelJson.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).contains("factLine", "document", "readFact", "readDocument", "readDocuments");
    }
}
