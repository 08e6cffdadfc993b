package org.hamyar.beneficiaries.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up Persian names no other test uses, so that the duplicate finder meets only this test's people. */
public final class Names {

    private static final String LETTERS = "بپتجچدرزسشفکگلمن";

    private Names() {
    }

    public static String random() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            name.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return name.toString();
    }

    /** A number of the given length, first digit not zero. */
    public static String digits(int length) {
        StringBuilder digits = new StringBuilder().append(1 + ThreadLocalRandom.current().nextInt(9));
        while (digits.length() < length) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
