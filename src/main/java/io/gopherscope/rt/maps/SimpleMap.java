package io.gopherscope.rt.maps;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * Placeholder map used only until the classic hmap lands: a linear list of entries.
 * TODO(maps issue): replace with rt.maps.classic.HMap and rt.maps.swiss.
 */
final class SimpleMap implements GoMap {
    private final Type.Map type;
    private final List<Object[]> entries = new ArrayList<>();

    SimpleMap(Ctx ctx, Type.Map type) {
        this.type = type;
    }

    @Override
    public Type.Map type() {
        return type;
    }

    @Override
    public int count() {
        return entries.size();
    }

    private int find(Object key) {
        for (int i = 0; i < entries.size(); i++) {
            if (Values.equal(entries.get(i)[0], key)) return i;
        }
        return -1;
    }

    @Override
    public Object access(Ctx ctx, Object key) {
        int i = find(key);
        return i < 0 ? ABSENT : entries.get(i)[1];
    }

    @Override
    public void assign(Ctx ctx, Object key, Object value) {
        int i = find(key);
        if (i < 0) entries.add(new Object[]{Values.copy(key), value});
        else entries.get(i)[1] = value;
    }

    @Override
    public void delete(Ctx ctx, Object key) {
        int i = find(key);
        if (i >= 0) entries.remove(i);
    }

    @Override
    public void clear(Ctx ctx) {
        entries.clear();
    }

    @Override
    public MapIter iterate(Ctx ctx) {
        List<Object[]> snap = new ArrayList<>(entries);
        return new MapIter() {
            int i = -1;

            @Override
            public boolean next(Ctx c) {
                i++;
                while (i < snap.size() && find(snap.get(i)[0]) < 0) i++;
                return i < snap.size();
            }

            @Override
            public Object key() {
                return snap.get(i)[0];
            }

            @Override
            public Object value() {
                return access(null, snap.get(i)[0]);
            }
        };
    }

    @Override
    public long addr() {
        return 0;
    }
}
