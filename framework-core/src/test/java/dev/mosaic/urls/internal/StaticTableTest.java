package dev.mosaic.urls.internal;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class StaticTableTest {
    @Test
    void findsEverySegmentByItsRegionOfThePathAndNothingElse() {
        Map<String, Node> children = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            children.put("app" + i, new Node());
        }
        children.put("", new Node());
        StaticTable table = StaticTable.of(children);
        for (Map.Entry<String, Node> e : children.entrySet()) {
            String path = "x/" + e.getKey() + "/y";
            assertSame(e.getValue(), table.get(path, 2, 2 + e.getKey().length()), e.getKey());
        }
        assertNull(table.get("x/app5000/y", 2, 9));
        assertNull(table.get("x/app12/y", 2, 5)); // "app": a prefix of a key is not the key
        assertNull(table.get("x/App12/y", 2, 7));
    }

    @Test
    void anEmptyTableFindsNothing() {
        assertNull(StaticTable.of(Map.of()).get("a/b", 0, 1));
        assertNull(StaticTable.EMPTY.get("", 0, 0));
    }
}
