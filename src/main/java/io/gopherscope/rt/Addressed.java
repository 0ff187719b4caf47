package io.gopherscope.rt;

/** A value that is a pointer to a runtime object (channel, map, func): {@code %p} and {@code %v} print its address. */
public interface Addressed {
    long addr();
}
