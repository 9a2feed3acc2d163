package com.example.site;

/**
 * The site's command line: {@code runserver}, {@code check}, {@code showurls}, ... Run it with
 * {@code mvn -q -pl example-project -am compile exec:java} from the repository root, or pass
 * another command: {@code -Dexec.args="showurls"}.
 */
public final class Manage {
    private Manage() {
    }

    public static void main(String[] args) {
        dev.mosaic.management.Manage.main(args);
    }
}
