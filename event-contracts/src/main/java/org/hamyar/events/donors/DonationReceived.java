package org.hamyar.events.donors;

import java.time.Instant;
import java.util.UUID;

/**
 * Money reached a fund: a donation received, a pledge paid, or endowment income credited (a pledge
 * is announced when it is paid, not when it is promised). A gift in kind is announced with its
 * declared value; it credits no money.
 *
 * @param kind        {@code CASH}, {@code ZAKAT}, {@code SADAQA}, {@code IN_KIND}, {@code PLEDGE} or
 *                    {@code ENDOWMENT_INCOME}
 * @param amountRials integer rials
 * @param donorId     the donor, when the gift is a donor's (endowment income has none)
 */
public record DonationReceived(
        UUID donationId,
        UUID fundId,
        UUID donorId,
        String kind,
        long amountRials,
        Instant receivedAt) {
}
