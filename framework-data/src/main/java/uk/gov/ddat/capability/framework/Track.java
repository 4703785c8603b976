package uk.gov.ddat.capability.framework;

/**
 * Some roles have a parallel management track ("Lead developer - management"). Each track has
 * its own progression; the two are never interleaved.
 */
public enum Track {
    MAIN,
    MANAGEMENT
}
