package io.github.govreport.extract.dict;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words the quantity recognizer reads around a number (quantity-words.tsv): the scopes and
 * verbs that make 第N a rank (全国第二, 居全市各区第一), and the nouns of fields and groups whose
 * count after a list of their names only restates it (…4个特色优势产业). Immutable.
 */
public final class QuantityWords {

    private static final List<String> ROLES = List.of("rank-scope", "category-noun");
    /** How many characters may stand between a rank scope and 第 (居副省级城市第2位). */
    private static final int SCOPE_GAP = 6;

    private final Pattern rankBefore;
    private final List<String> categoryNouns;

    QuantityWords(TsvTable table) {
        for (TsvTable.Row row : table.rows()) {
            String role = row.require("role");
            if (!ROLES.contains(role)) {
                throw row.error("column 'role' must be one of " + String.join(", ", ROLES) + ", was '" + role + "'");
            }
            row.require("word");
        }
        List<String> scopes = words(table, "rank-scope");
        this.rankBefore = Pattern.compile("(?:" + String.join("|", scopes.stream().map(Pattern::quote).toList())
                + ")(?:[^，。；、,;：:第]{0," + SCOPE_GAP + "})第?$");
        this.categoryNouns = words(table, "category-noun");
    }

    private static List<String> words(TsvTable table, String role) {
        return table.rows().stream().filter(r -> r.get("role").equals(role)).map(r -> r.get("word"))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** True when {@code before}, the text right before a 第 (or before 首位), ends in a rank scope. */
    public boolean endsInRankScope(String before) {
        return rankBefore.matcher(before).find();
    }

    /** True when {@code noun} ends with a noun of fields or groups (…特色优势产业, …4个板块). */
    public boolean namesCategories(String noun) {
        return categoryNouns.stream().anyMatch(noun::endsWith);
    }
}
