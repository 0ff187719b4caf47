package io.gopherscope.rt.time;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.chan.ChanOps;
import io.gopherscope.rt.chan.HChan;
import io.gopherscope.rt.fmt.Member;
import io.gopherscope.rt.fmt.Package;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The allow-listed surface of Go's {@code time} package on the virtual clock of {@link Timers}:
 * {@code Sleep} parks with reason {@code sleep} until its timer fires; {@code After},
 * {@code Tick}, {@code NewTimer} and {@code NewTicker} deliver into a buffered channel of
 * capacity 1 when their timer fires (the pre-1.23 timer channels); {@code Duration} prints as Go
 * prints it.
 */
public final class TimePackage {
    private TimePackage() {
    }

    public static final Named DURATION = new Named("time", "Duration", Basic.INT64);
    public static final Named MONTH = new Named("time", "Month", Basic.INT);
    /** time.Time: nanoseconds since 1970 on the virtual clock, and the monotonic reading. */
    public static final Named TIME = new Named("time", "Time", new Type.Struct(List.of(
            new Type.Field("wall", Basic.INT64, false), new Type.Field("mono", Basic.INT64, false))));
    public static final Type.Chan TIME_CHAN = new Type.Chan(Type.Dir.RECV, TIME);
    public static final Named TIMER = new Named("time", "Timer", new Type.Struct(List.of(
            new Type.Field("C", TIME_CHAN, false), new Type.Field("r", Basic.INT64, false))));
    public static final Named TICKER = new Named("time", "Ticker", new Type.Struct(List.of(
            new Type.Field("C", TIME_CHAN, false), new Type.Field("r", Basic.INT64, false))));

    private static final Type.Signature VOID = new Type.Signature(List.of(), List.of(), false);

    static {
        dmethod("String", Basic.STRING, (ctx, r, a) -> io.gopherscope.rt.Values.goString(durationString((Long) r)));
        dmethod("Seconds", Basic.FLOAT64, (ctx, r, a) -> seconds((Long) r, 1_000_000_000L));
        dmethod("Minutes", Basic.FLOAT64, (ctx, r, a) -> seconds((Long) r, 60_000_000_000L));
        dmethod("Hours", Basic.FLOAT64, (ctx, r, a) -> seconds((Long) r, 3_600_000_000_000L));
        dmethod("Milliseconds", Basic.INT64, (ctx, r, a) -> (Long) r / 1_000_000L);
        dmethod("Microseconds", Basic.INT64, (ctx, r, a) -> (Long) r / 1_000L);
        dmethod("Nanoseconds", Basic.INT64, (ctx, r, a) -> r);
        DURATION.methods.put("Round", new Named.MethodDef("Round", new Type.Signature(List.of(DURATION), List.of(DURATION), false), false,
                (NativeMethod) (ctx, r, a) -> round((Long) r, (Long) a[0])));
        DURATION.methods.put("Truncate", new Named.MethodDef("Truncate", new Type.Signature(List.of(DURATION), List.of(DURATION), false), false,
                (NativeMethod) (ctx, r, a) -> {
                    long d = (Long) r, m = (Long) a[0];
                    return m <= 0 ? d : d - d % m;
                }));
        tmethod("Sub", List.of(TIME), DURATION, (ctx, r, a) -> mono(r) - mono(a[0]));
        tmethod("String", List.of(), Basic.STRING, (ctx, r, a) -> io.gopherscope.rt.Values.goString(timeString((GoStruct) r)));
        tmethod("Unix", List.of(), Basic.INT64, (ctx, r, a) -> Math.floorDiv((Long) ((GoStruct) r).f[0], 1_000_000_000L));
        tmethod("UnixNano", List.of(), Basic.INT64, (ctx, r, a) -> ((GoStruct) r).f[0]);
        tmethod("Before", List.of(TIME), Basic.BOOL, (ctx, r, a) -> mono(r) < mono(a[0]));
        tmethod("After", List.of(TIME), Basic.BOOL, (ctx, r, a) -> mono(r) > mono(a[0]));
        tmethod("Add", List.of(DURATION), TIME, (ctx, r, a) -> {
            GoStruct t = (GoStruct) r;
            return new GoStruct(new Object[]{(Long) t.f[0] + (Long) a[0], (Long) t.f[1] + (Long) a[0]});
        });
        TIMER.methods.put("Stop", new Named.MethodDef("Stop", new Type.Signature(List.of(), List.of(Basic.BOOL), false), true,
                (NativeMethod) (ctx, r, a) -> stop(ctx, r)));
        TIMER.methods.put("Reset", new Named.MethodDef("Reset", new Type.Signature(List.of(DURATION), List.of(Basic.BOOL), false), true,
                (NativeMethod) (ctx, r, a) -> reset(ctx, r, (Long) a[0])));
        TICKER.methods.put("Stop", new Named.MethodDef("Stop", VOID, true,
                (NativeMethod) (ctx, r, a) -> {
                    stop(ctx, r);
                    return null;
                }));
    }

    /** Duration.Round: halfway values round away from zero; saturates instead of overflowing. */
    static long round(long d, long m) {
        if (m <= 0) return d;
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (lessThanHalf(r, m)) return d + r;
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (lessThanHalf(r, m)) return d - r;
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    private static boolean lessThanHalf(long x, long y) {
        return Long.compareUnsigned(x + x, y) < 0;
    }

    private static void dmethod(String name, Type result, NativeMethod m) {
        DURATION.methods.put(name, new Named.MethodDef(name, new Type.Signature(List.of(), List.of(result), false), false, m));
    }

    private static void tmethod(String name, List<Type> params, Type result, NativeMethod m) {
        TIME.methods.put(name, new Named.MethodDef(name, new Type.Signature(params, List.of(result), false), false, m));
    }

    private static long mono(Object t) {
        return (Long) ((GoStruct) t).f[1];
    }

    private static double seconds(long d, long unit) {
        long sec = d / unit, nsec = d % unit;
        return (double) sec + (double) nsec / unit;
    }

    static GoStruct now(Ctx ctx) {
        long mono = ctx.timers().elapsed() + 1;
        return new GoStruct(new Object[]{ctx.timers().now(), mono});
    }

    // ---------------------------------------------------------------- timers with channels

    /** Timer bookkeeping kept beside the Go-visible struct (keyed by the struct object). */
    private static final class Live {
        Timers.Timer timer;
        final HChan c;
        final long period;
        /** AfterFunc's function, started in its own goroutine when the timer fires (C is nil). */
        Object fn;

        Live(HChan c, long period) {
            this.c = c;
            this.period = period;
        }
    }

    private static HChan timeChan(Ctx ctx) {
        return ChanOps.makechan(ctx, TIME, 1);
    }

    /** Fires: a non-blocking send of the current time (a full channel drops the tick). */
    private static void arm(Ctx ctx, Live live, long delay) {
        live.timer = ctx.timers().add(delay, () -> {
            if (live.fn != null) {
                ctx.event("time.goFunc: newproc");
                ctx.spawn(live.fn, new Object[0], "time.goFunc");
                return;
            }
            sendTime(ctx, live.c);
            if (live.period > 0) arm(ctx, live, live.period);
        });
    }

    private static void sendTime(Ctx ctx, HChan c) {
        // the timer fires outside any goroutine: deliver without parking anybody
        if (!c.recvq.isEmpty() || c.qcount < c.dataqsiz) {
            Goroutine saved = null;
            ChanOps.chansendFromTimer(ctx, c, now(ctx));
        }
    }

    private static Object newTimer(Ctx ctx, Named type, long d, long period) {
        return start(ctx, new Live(timeChan(ctx), period), d);
    }

    /** {@code time.AfterFunc(d, f)}: a Timer with a nil C whose firing runs {@code go f()}. */
    private static Object afterFunc(Ctx ctx, long d, Object fn) {
        Live live = new Live(null, 0);
        live.fn = fn;
        return start(ctx, live, d);
    }

    /** Arms live's timer and returns a pointer to the Go-visible {@code Timer}/{@code Ticker} struct. */
    private static Object start(Ctx ctx, Live live, long d) {
        arm(ctx, live, d);
        GoStruct t = new GoStruct(new Object[]{live.c, 0L});
        ctx.semtable().put(t, live);
        Cell cell = new Cell(t);
        cell.addr = ctx.heap().alloc(16);
        return new Pointer.ToCell(cell);
    }

    private static Object stop(Ctx ctx, Object r) {
        GoStruct t = (GoStruct) ((Pointer) r).load();
        Object live = ctx.semtable().get(t);
        if (!(live instanceof Live l) || l.timer == null) return false;
        return ctx.timers().stop(l.timer);
    }

    private static Object reset(Ctx ctx, Object r, long d) {
        GoStruct t = (GoStruct) ((Pointer) r).load();
        Live l = (Live) ctx.semtable().get(t);
        boolean active = l.timer != null && ctx.timers().stop(l.timer);
        arm(ctx, l, d);
        return active;
    }

    public static Package build() {
        Package p = new Package("time");
        p.add("Duration", new Member.TypeName(DURATION));
        p.add("Time", new Member.TypeName(TIME));
        p.add("Timer", new Member.TypeName(TIMER));
        p.add("Ticker", new Member.TypeName(TICKER));
        p.add("Month", new Member.TypeName(MONTH));
        long[] units = {1, 1000, 1_000_000, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L};
        String[] names = {"Nanosecond", "Microsecond", "Millisecond", "Second", "Minute", "Hour"};
        for (int i = 0; i < units.length; i++) p.add(names[i], new Member.Const(DURATION, BigInteger.valueOf(units[i])));
        p.add("Sleep", func(List.of(DURATION), List.of(), (ctx, a) -> {
            long d = (Long) a[0];
            if (d <= 0) return null;
            Goroutine g = ctx.curG();
            ctx.timers().add(d, () -> ctx.ready(g));
            ctx.event("time.Sleep: park until the timer fires");
            ctx.park("sleep", null);
            return null;
        }));
        p.add("Now", func(List.of(), List.of(TIME), (ctx, a) -> now(ctx)));
        p.add("Since", func(List.of(TIME), List.of(DURATION), (ctx, a) -> ctx.timers().elapsed() + 1 - mono(a[0])));
        p.add("Until", func(List.of(TIME), List.of(DURATION), (ctx, a) -> mono(a[0]) - ctx.timers().elapsed() - 1));
        p.add("After", func(List.of(DURATION), List.of(TIME_CHAN), (ctx, a) -> {
            HChan c = timeChan(ctx);
            arm(ctx, new Live(c, 0), (Long) a[0]);
            return c;
        }));
        p.add("Tick", func(List.of(DURATION), List.of(TIME_CHAN), (ctx, a) -> {
            long d = (Long) a[0];
            if (d <= 0) return null;
            HChan c = timeChan(ctx);
            arm(ctx, new Live(c, d), d);
            return c;
        }));
        p.add("AfterFunc", func(List.of(DURATION, VOID), List.of(new Type.Pointer(TIMER)),
                (ctx, a) -> afterFunc(ctx, (Long) a[0], a[1])));
        p.add("NewTimer", func(List.of(DURATION), List.of(new Type.Pointer(TIMER)), (ctx, a) -> newTimer(ctx, TIMER, (Long) a[0], 0)));
        p.add("NewTicker", func(List.of(DURATION), List.of(new Type.Pointer(TICKER)), (ctx, a) -> {
            long d = (Long) a[0];
            if (d <= 0) throw GoPanic.plainNoRuntime("non-positive interval for NewTicker");
            return newTimer(ctx, TICKER, d, d);
        }));
        return p;
    }

    private static Member.Func func(List<Type> params, List<Type> results, NativeFunc f) {
        return new Member.Func(new Type.Signature(params, results, false), f);
    }

    // ---------------------------------------------------------------- printing

    /** Go's {@code Duration.String}: "1h2m3.5s", "1.5ms", "250µs", "0s". */
    public static String durationString(long d) {
        if (d == 0) return "0s";
        boolean neg = d < 0;
        // work with the unsigned magnitude (MinInt64 included)
        long u = neg ? -d : d;
        StringBuilder sb = new StringBuilder();
        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            int prec;
            String unit;
            if (u < 1000) {
                sb.append(u).append("ns");
                return (neg ? "-" : "") + sb;
            } else if (u < 1_000_000) {
                prec = 3;
                unit = "µs";
            } else {
                prec = 6;
                unit = "ms";
            }
            sb.append(fmtFrac(u, prec)).append(unit);
        } else {
            String secs = fmtFrac(u, 9);
            long whole = Long.divideUnsigned(u, 1_000_000_000L);
            long frac = Long.remainderUnsigned(u, 1_000_000_000L);
            long s = whole % 60;
            long mins = whole / 60;
            String fracStr = secs.contains(".") ? secs.substring(secs.indexOf('.')) : "";
            String sec = s + fracStr + "s";
            if (mins > 0) {
                long m = mins % 60;
                long h = mins / 60;
                sec = m + "m" + sec;
                if (h > 0) sec = h + "h" + sec;
            }
            sb.append(sec);
            if (frac < 0) sb.append("");
        }
        return (neg ? "-" : "") + sb;
    }

    /** v / 10^prec printed with trailing zeros (and a lone '.') removed. */
    private static String fmtFrac(long v, int prec) {
        long p = 1;
        for (int i = 0; i < prec; i++) p *= 10;
        long whole = Long.divideUnsigned(v, p);
        long frac = Long.remainderUnsigned(v, p);
        if (frac == 0) return Long.toUnsignedString(whole);
        String f = String.format("%0" + prec + "d", frac);
        int end = f.length();
        while (end > 0 && f.charAt(end - 1) == '0') end--;
        return Long.toUnsignedString(whole) + "." + f.substring(0, end);
    }

    private static final DateTimeFormatter FMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static String timeString(GoStruct t) {
        long wall = (Long) t.f[0];
        long mono = (Long) t.f[1];
        Instant i = Instant.ofEpochSecond(Math.floorDiv(wall, 1_000_000_000L), Math.floorMod(wall, 1_000_000_000L));
        String base = FMT.format(i.atOffset(ZoneOffset.UTC));
        long ns = Math.floorMod(wall, 1_000_000_000L);
        if (ns != 0) {
            String f = String.format("%09d", ns).replaceAll("0+$", "");
            base += "." + f;
        }
        base += " +0000 UTC";
        if (mono != 0) {
            base += String.format(" m=+%d.%09d", mono / 1_000_000_000L, mono % 1_000_000_000L);
        }
        return base;
    }
}
