package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.maps.GoMap;

import java.util.ArrayList;
import java.util.List;

/** An insertion-ordered map for the printer tests (fmt sorts keys anyway). */
final class TestMap implements GoMap {
    private final Type.Map type;
    private final List<Object[]> entries = new ArrayList<>();

    TestMap(Type.Map type) {
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

    @Override
    public Object access(Ctx ctx, Object key) {
        for (Object[] e : entries) {
            if (Values.equal(e[0], key)) return e[1];
        }
        return ABSENT;
    }

    @Override
    public void assign(Ctx ctx, Object key, Object value) {
        for (Object[] e : entries) {
            if (Values.equal(e[0], key)) {
                e[1] = value;
                return;
            }
        }
        entries.add(new Object[]{key, value});
    }

    @Override
    public void delete(Ctx ctx, Object key) {
        entries.removeIf(e -> Values.equal(e[0], key));
    }

    @Override
    public void clear(Ctx ctx) {
        entries.clear();
    }

    @Override
    public MapIter iterate(Ctx ctx) {
        return new MapIter() {
            int i = -1;

            @Override
            public boolean next(Ctx c) {
                return ++i < entries.size();
            }

            @Override
            public Object key() {
                return entries.get(i)[0];
            }

            @Override
            public Object value() {
                return entries.get(i)[1];
            }
        };
    }

    @Override
    public long addr() {
        return 0xc000100000L;
    }
}
