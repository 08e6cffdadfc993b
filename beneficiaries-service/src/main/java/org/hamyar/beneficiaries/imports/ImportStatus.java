package org.hamyar.beneficiaries.imports;

/** An import job's life: waiting for a worker, being imported chunk by chunk, finished, or given up. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
