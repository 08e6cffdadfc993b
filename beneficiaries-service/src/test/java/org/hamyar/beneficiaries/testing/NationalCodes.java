package org.hamyar.beneficiaries.testing;

import java.util.concurrent.ThreadLocalRandom;

import org.hamyar.standards.NationalCode;

/** Fresh valid national codes, so that tests sharing the database never meet each other's people. */
public final class NationalCodes {

    private NationalCodes() {
    }

    public static String random() {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                code.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (code.charAt(i) - '0') * (10 - i);
            }
            int remainder = sum % 11;
            code.append(remainder < 2 ? remainder : 11 - remainder);
            if (NationalCode.isValid(code.toString())) {
                return code.toString();
            }
        }
    }

    /** The same code in Persian digits, as a field worker's phone keyboard types it. */
    public static String persian(String code) {
        StringBuilder persian = new StringBuilder();
        code.chars().forEach(c -> persian.append((char) ('\u06F0' + (c - '0'))));
        return persian.toString();
    }
}
