package io.gopherscope.play;

/**
 * The SSE id of a run's {@code step} and {@code rewind} events: {@code <branch>-<step>}, such as
 * {@code 0-12}. A run starts on branch 0; every manual scheduling choice that cuts the recorded
 * history and rebuilds the engine (choosing at an earlier step, or at the end of a finished run)
 * starts the next branch. Step 12 of branch 0 and step 12 of branch 1 can be different states, so
 * a reconnecting browser resumes after its {@code Last-Event-ID} only on the branch it names;
 * an id from another branch (or a bare step number, as ids were before branches) gets the whole
 * history again, starting with a full snapshot. (STYLE.md suggests id = step number; that is
 * only unambiguous for a run that never branches.)
 *
 * @param branch how many times the run's history has been cut and rebuilt
 * @param step   the engine step
 */
record EventId(int branch, long step) {

    /** The id a browser sent back, or null when there is none or it is not one of ours. */
    static EventId parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        int dash = t.indexOf('-');
        if (dash <= 0 || dash == t.length() - 1) {
            return null;
        }
        try {
            int branch = Integer.parseInt(t.substring(0, dash));
            long step = Long.parseLong(t.substring(dash + 1));
            return branch < 0 || step < 0 ? null : new EventId(branch, step);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return branch + "-" + step;
    }
}
