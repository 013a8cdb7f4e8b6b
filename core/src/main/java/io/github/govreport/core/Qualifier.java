package io.github.govreport.core;

/** The hedge written on a number; absent a hedge it is {@link #EXACT}. */
public enum Qualifier implements JsonName {
    /** 没有限定词. */
    EXACT("exact"),
    /** 左右、约、上下、大约. */
    APPROX("approx"),
    /** 以上、不低于、不少于、≥. */
    AT_LEAST("at_least"),
    /** 超过、超、突破、多、逾、迈上…台阶、＞. */
    OVER("over"),
    /** 以内、以下、不超过、控制在…以内、≤. */
    AT_MOST("at_most"),
    /** 低于、不到、＜. */
    UNDER("under"),
    /** 近、接近、将近. */
    NEARLY("nearly");

    private final String jsonName;

    Qualifier(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static Qualifier fromJson(String name) {
        return JsonName.parse(Qualifier.class, name);
    }
}
