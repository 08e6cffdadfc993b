package org.hamyar.api.idempotency;

import java.util.Map;

/** The response of the first request with a key, as stored for its retries. */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {
}
