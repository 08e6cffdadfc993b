package org.hamyar.api.idempotency;

/** What the store says when a request presents its idempotency key. */
sealed interface Claim {

    /** The key is this request's: run it, then store or release. */
    record Claimed() implements Claim {
    }

    /** The key has a stored response for the same body: answer with it. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The first request with this key is still running. */
    record InProgress() implements Claim {
    }

    /** The key was used for a different body. */
    record Reused() implements Claim {
    }
}
