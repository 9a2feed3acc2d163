package dev.mosaic.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean ...?" for error messages: the closest known name to a misspelt one.
 * Used at start-up and in error paths only, never per request.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code given} (case-insensitive edit distance at most 1 for names
     * of up to 3 letters, 2 up to 6, else 3), or null.
     */
    public static String closest(String given, Collection<String> candidates) {
        if (given == null) {
            return null;
        }
        String g = given.toLowerCase(Locale.ROOT);
        int limit = g.length() <= 3 ? 1 : g.length() <= 6 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(g, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** {@code " Did you mean 'x'?"} or "" when nothing is close. */
    public static String didYouMean(String given, Collection<String> candidates) {
        String c = closest(given, candidates);
        return c == null ? "" : " Did you mean '" + c + "'?";
    }

    /** Levenshtein distance with transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
