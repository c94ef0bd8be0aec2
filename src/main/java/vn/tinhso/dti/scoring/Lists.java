package vn.tinhso.dti.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmodifiable copies that keep nulls: a framework being imported may be incomplete, and its problems are
 * reported by {@link Frameworks#validate} instead of failing in a constructor.
 */
final class Lists {

    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <K, V> Map<K, V> of(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
