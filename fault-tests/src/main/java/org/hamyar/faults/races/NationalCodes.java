package org.hamyar.faults.races;

import java.util.Random;

/** Valid Iranian national codes (kod-e melli, docs/domain.md) that no demo record uses. */
public final class NationalCodes {

    private NationalCodes() {
    }

    public static String fresh(Random random) {
        while (true) {
            int[] digits = new int[10];
            int sum = 0;
            digits[0] = 5 + random.nextInt(4); // away from the demo data's and the tests' codes
            for (int i = 1; i < 9; i++) {
                digits[i] = random.nextInt(10);
            }
            for (int i = 0; i < 9; i++) {
                sum += digits[i] * (10 - i);
            }
            int remainder = sum % 11;
            digits[9] = remainder < 2 ? remainder : 11 - remainder;
            StringBuilder code = new StringBuilder();
            for (int digit : digits) {
                code.append(digit);
            }
            String text = code.toString();
            if (!text.chars().allMatch(c -> c == text.charAt(0))) {
                return text;
            }
        }
    }
}
