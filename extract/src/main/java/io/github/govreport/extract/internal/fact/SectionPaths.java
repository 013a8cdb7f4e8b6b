package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Section;
import io.github.govreport.extract.dict.BindingWords;
import java.util.ArrayList;
import java.util.List;

/** The headings above a place in the text, and what they say of the numbers under them. */
final class SectionPaths {

    private SectionPaths() {
    }

    /** The sections that contain {@code offset}, outermost first. */
    static List<Section> pathTo(List<Section> sections, int offset) {
        List<Section> path = new ArrayList<>();
        List<Section> level = sections;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section section : level) {
                if (section.span().start() <= offset && offset < section.span().end()) {
                    path.add(section);
                    level = section.children();
                    descended = true;
                    break;
                }
            }
        }
        return path;
    }

    /** The binding named by the innermost heading that names one. */
    static Binding headingBinding(List<Section> path, BindingWords bindingWords) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Binding binding = bindingWords.namedIn(path.get(i).title());
            if (binding != null) {
                return binding;
            }
        }
        return null;
    }

    /** The headings of {@code path}, label and title, outermost first: a fact's section. */
    static List<String> headings(List<Section> path) {
        return path.stream().map(Section::heading).toList();
    }
}
