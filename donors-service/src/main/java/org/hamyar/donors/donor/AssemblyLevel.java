package org.hamyar.donors.donor;

/** The level of the donors' assembly (majma-e kheyerin) a donor belongs to (seed 001). */
public enum AssemblyLevel {
    NATIONAL, PROVINCE, COUNTY
}
