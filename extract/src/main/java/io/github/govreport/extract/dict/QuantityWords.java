package io.github.govreport.extract.dict;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words the quantity recognizer reads around a number (quantity-words.tsv): the scopes and
 * verbs that make 第N a rank (全国第二, 居全市各区第一), the nouns of fields and groups whose
 * count after a list of their names only restates it (…4个特色优势产业), and the small words the
 * forms of a quantity read (位 after 第N, 多 after a number, 了 after a hedge, 为 before 负, 连续
 * before a count, 人民币 around an amount, 元 or 大关 after a bare 千亿). Immutable.
 */
public final class QuantityWords {

    private static final List<String> ROLES = List.of("rank-scope", "category-noun", "rank-word", "over-mark",
            "hedge-link", "before-minus", "run-word", "renminbi", "magnitude-follower");
    /** How many characters may stand between a rank scope and 第 (居副省级城市第2位). */
    private static final int SCOPE_GAP = 6;

    private final Pattern rankBefore;
    private final List<String> categoryNouns;
    private final List<String> rankWords;
    private final List<String> overMarks;
    private final List<String> hedgeLinks;
    private final List<String> beforeMinus;
    private final List<String> runWords;
    private final List<String> renminbi;
    private final List<String> magnitudeFollowers;

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
        this.rankWords = words(table, "rank-word");
        this.overMarks = words(table, "over-mark");
        this.hedgeLinks = words(table, "hedge-link");
        this.beforeMinus = words(table, "before-minus");
        this.runWords = words(table, "run-word");
        this.renminbi = words(table, "renminbi");
        this.magnitudeFollowers = table.rows().stream().filter(r -> r.get("role").equals("magnitude-follower"))
                .map(r -> r.get("word")).toList();
    }

    /** The words of a role, longest first, so that the longest of those at a place is found first. */
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

    /** The length of the word that closes a rank (第14位) at {@code at}, or 0. */
    public int rankWordAt(String text, int at) {
        return lengthAt(rankWords, text, at);
    }

    /** The length of the mark of “more than” (300多, 300余万户) at {@code at}, or 0. */
    public int overMarkAt(String text, int at) {
        return lengthAt(overMarks, text, at);
    }

    /** The length of the word that links a hedge to its number (超过了80家) ending at {@code end}, or 0. */
    public int hedgeLinkBefore(String text, int end) {
        return lengthBefore(hedgeLinks, text, end);
    }

    /** True when a word after which 负 is a minus sign (增速为负5%) ends at {@code end}. */
    public boolean endsBeforeMinus(String text, int end) {
        return lengthBefore(beforeMinus, text, end) > 0;
    }

    /** True when a word of a run (连续三年) ends at {@code end}. */
    public boolean endsInRunWord(String text, int end) {
        return lengthBefore(runWords, text, end) > 0;
    }

    /** The length of a name of the renminbi (人民币) at {@code at}, or 0. */
    public int renminbiAt(String text, int at) {
        return lengthAt(renminbi, text, at);
    }

    /**
     * The words after which a compound magnitude with no numeral before it is a number (千亿元,
     * 千万人次, 万亿大关), in the order of the file.
     */
    public List<String> magnitudeFollowers() {
        return magnitudeFollowers;
    }

    /** True when {@code word} is a name of the renminbi. */
    public boolean isRenminbi(String word) {
        return renminbi.contains(word);
    }

    // Indexed loops: these run for every number read, and a for-each loop allocates an iterator.
    private static int lengthAt(List<String> words, String text, int at) {
        for (int w = 0; w < words.size(); w++) {
            if (text.startsWith(words.get(w), at)) {
                return words.get(w).length();
            }
        }
        return 0;
    }

    private static int lengthBefore(List<String> words, String text, int end) {
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (end >= word.length() && text.startsWith(word, end - word.length())) {
                return word.length();
            }
        }
        return 0;
    }
}
