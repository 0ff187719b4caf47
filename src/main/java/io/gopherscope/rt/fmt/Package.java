package io.gopherscope.rt.fmt;

import java.util.LinkedHashMap;
import java.util.Map;

/** An allow-listed standard package: its import path, name and exported members. */
public final class Package {
    public final String path;
    public final String name;
    public final Map<String, Member> members = new LinkedHashMap<>();

    public Package(String path) {
        this.path = path;
        this.name = path.substring(path.lastIndexOf('/') + 1);
    }

    public Package add(String name, Member m) {
        members.put(name, m);
        return this;
    }

    public Member get(String name) {
        return members.get(name);
    }
}
