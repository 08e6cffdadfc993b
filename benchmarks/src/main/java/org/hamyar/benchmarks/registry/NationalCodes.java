package org.hamyar.benchmarks.registry;

import org.hamyar.standards.NationalCode;

/** Valid national codes, one per number: distinct numbers never share a code. */
final class NationalCodes {

    private NationalCodes() {
    }

    /** The code whose first nine digits spread {@code number} over the code space (a bijection mod 10^9). */
    static String of(long number) {
        long body = Math.floorMod(number * 387_420_489L + 123_456_789L, 1_000_000_000L);
        for (long candidate = body; ; candidate = (candidate + 1_000_000_000L / 7) % 1_000_000_000L) {
            String digits = String.format("%09d", candidate);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int r = sum % 11;
            String code = digits + (r < 2 ? r : 11 - r);
            if (NationalCode.isValid(code)) {
                return code;
            }
        }
    }
}
