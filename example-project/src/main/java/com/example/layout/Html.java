package com.example.layout;

/** Escaping for text put into HTML, until the site renders with templates. */
public final class Html {
    private Html() {
    }

    /** {@code text} safe to place in element content and in quoted attribute values. */
    public static String escape(Object text) {
        String s = String.valueOf(text);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
