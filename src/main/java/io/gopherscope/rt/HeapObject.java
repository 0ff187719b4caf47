package io.gopherscope.rt;

import java.util.Map;

/**
 * A runtime object that appears in snapshots under its simulated address ({@code hchan},
 * {@code hmap}, {@code bmap}, ...). {@link #describe} fills the object's fields using Go's own
 * field names; every Go value inside goes through the encoder, which also discovers the objects
 * it references (the snapshot is a heap graph walked from the goroutines' frames).
 */
public interface HeapObject {
    long addr();

    /** The snapshot {@code kind}: {@code hchan}, {@code hmap}, {@code bmap}, ... */
    String kind();

    void describe(Map<String, Object> out, ValueEncoder enc);

    /**
     * The bytes this object holds on the simulated heap, for the collector's count of live memory
     * ({@link io.gopherscope.rt.heap.Heap.Collector}); an estimate is enough.
     */
    default long heapBytes() {
        return 0;
    }

    /** Encodes Go values into JSON-ready snapshot values and records the objects they reference. */
    interface ValueEncoder {
        /** Encodes {@code value}, a Go value of static type {@code type} (may be null when unknown). */
        Object encode(Object value, io.gopherscope.lang.types.Type type);

        /** Encodes a reference to a heap object as {@code {"ref": "0x..."}} and queues it for the walk. */
        Object ref(HeapObject obj);
    }
}
