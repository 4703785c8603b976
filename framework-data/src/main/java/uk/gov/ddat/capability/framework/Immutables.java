package uk.gov.ddat.capability.framework;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Defensive copies that keep enum-keyed maps in enum order. */
final class Immutables {

    private Immutables() {
    }

    static <K extends Enum<K>, V> Map<K, List<V>> copyOf(Map<K, List<V>> source, Class<K> keyType) {
        EnumMap<K, List<V>> copy = new EnumMap<>(keyType);
        if (source != null) {
            source.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        }
        return Collections.unmodifiableMap(copy);
    }
}
