package io.gopherscope.trace;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live map iterator of a {@code range} loop is in every snapshot of the loop: a frame local
 * {@code hiter(m)} (Go 1.24: {@code Iter(m)}) referring to an object of kind {@code hiter}
 * ({@code swissiter}) whose {@code h} ({@code m}) is the map and whose {@code bptr}
 * ({@code group}) and {@code slot} point at the entry the loop body has now, also while the map
 * grows under the loop. It has one stack address for the whole loop and is gone after it.
 */
class MapIterSnapshotTest {

    static final String GROWS_WHILE_RANGING = """
            package main

            import "fmt"

            func main() {
            	m := make(map[int]int)
            	for i := 0; i < 52; i++ {
            		m[i] = i * i
            	}
            	n := 0
            	for k, v := range m {
            		n += v
            		if k < 30 {
            			m[k+100] = k
            		}
            	}
            	fmt.Println(n > 0, len(m) > 52)
            	for k := range m {
            		if k > 5 {
            			break
            		}
            	}
            	fmt.Println("after")
            }
            """;

    static final String NIL_MAP = """
            package main

            func main() {
            	var m map[string]int
            	for range m {
            	}
            	println("done")
            }
            """;

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Snapshot s, Object ref) {
        return ref instanceof Map<?, ?> r ? s.objects().get((String) r.get("ref")) : null;
    }

    @ParameterizedTest(name = "go {0} seed {1}")
    @CsvSource({"1.23, 1", "1.23, 2", "1.23, 3", "1.24, 1", "1.24, 2", "1.24, 3"})
    void theIteratorPointsAtTheEntryTheLoopBodyHas(String go, long seed) {
        boolean swiss = go.equals("1.24");
        String local = swiss ? "Iter(m)" : "hiter(m)";
        Session session = Engine.open(RunConfig.of("it.go", GROWS_WHILE_RANGING).withGo(go).withSeed(seed).withMaxSteps(100_000));
        List<Snapshot> snaps = new ArrayList<>();
        snaps.add(session.snapshot());
        while (!session.done()) snaps.add(session.step());
        assertThat(session.result().stdout()).isEqualTo("true true\nafter\n");

        Set<String> addrs = new HashSet<>();
        int withSlot = 0;
        boolean seenGrowing = false;
        boolean afterBreak = false;
        for (Snapshot s : snaps) {
            if (s.goroutines().isEmpty() || s.goroutines().get(0).frames().isEmpty()) continue;
            Map<String, Object> locals = s.goroutines().get(0).frames().get(0).locals();
            if (s.line() == 17 || s.line() == 23) { // the Printlns after each loop
                afterBreak = true;
                assertThat(locals).as("step %d: after the loops", s.step()).doesNotContainKey(local);
            }
            Object ref = locals.get(local);
            if (ref == null) continue;
            Map<String, Object> it = obj(s, ref);
            addrs.add((String) ((Map<?, ?>) ref).get("ref"));
            assertThat(it.get("kind")).isEqualTo(swiss ? "swissiter" : "hiter");
            assertThat(obj(s, it.get(swiss ? "m" : "h")).get("kind")).isEqualTo(swiss ? "swissmap" : "hmap");
            if (!swiss && obj(s, it.get("h")).get("oldbuckets") != null) seenGrowing = true;
            if (it.get("slot") == null) continue;
            withSlot++;
            Map<String, Object> bucket = obj(s, it.get(swiss ? "group" : "bptr"));
            int slot = ((Long) it.get("slot")).intValue();
            assertThat(((List<?>) bucket.get("keys")).get(slot)).as("step %d", s.step()).isEqualTo(it.get("key"));
            assertThat(Objects.requireNonNull(it.get("key"))).isInstanceOf(Long.class);
        }
        assertThat(afterBreak).isTrue();
        assertThat(withSlot).isGreaterThan(20);
        // one stack address per loop (each loop has its own frame slot), the same at every step
        assertThat(addrs).hasSize(2).allSatisfy(a -> assertThat(a).startsWith("0xc1"));
        if (!swiss) {
            assertThat(seenGrowing).as("the map grew while the first loop ran").isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"1.23", "1.24"})
    void aRangeOverANilMapHasNoIterator(String go) {
        Session session = Engine.open(RunConfig.of("nil.go", NIL_MAP).withGo(go));
        while (!session.done()) {
            Snapshot s = session.step();
            for (var g : s.goroutines()) {
                for (var f : g.frames()) {
                    assertThat(f.locals().keySet()).noneMatch(k -> k.endsWith("(m)"));
                }
            }
            assertThat(s.objects().values()).noneMatch(o -> o.get("kind").toString().endsWith("iter"));
        }
    }
}
