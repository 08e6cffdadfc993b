package org.hamyar.agreements.committee;

import java.util.UUID;

/** The choosing party's pick among a nomination's nominees, and its representative when already known. */
public record Selection(UUID organizationId, String personName, String personTitle) {
}
