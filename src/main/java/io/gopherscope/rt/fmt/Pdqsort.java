package io.gopherscope.rt.fmt;

/**
 * Go's sorting algorithms, step for step, so that the order of equal elements and the sequence of
 * Less/Swap calls match real Go (models {@code sort/zsortfunc.go} and {@code sort.go}, Go 1.19+):
 * pattern-defeating quicksort with insertion sort for ≤ 12 elements ({@code sort.Sort},
 * {@code sort.Slice}, and {@code slices.Sort} which has the same structure), and insertion sort +
 * SymMerge for the stable sorts. The {@code breakPatterns} xorshift uses the shifts (13, 17, 5)
 * before Go 1.22 and (13, 7, 17) from 1.22 [unverified which release switched].
 */
public final class Pdqsort {
    private Pdqsort() {
    }

    /** The {@code lessSwap} pair Go's sort routines operate on. */
    public interface LessSwap {
        boolean less(int i, int j);

        void swap(int i, int j);
    }

    private static final int UNKNOWN = 0, INCREASING = 1, DECREASING = 2;

    /** {@code sort.Sort}/{@code sort.Slice}: sorts data[0:n]. */
    public static void sort(LessSwap data, int n, int goMinor) {
        if (n <= 1) return;
        new Run(data, goMinor >= 22).pdqsort(0, n, 64 - Long.numberOfLeadingZeros(n));
    }

    /** {@code sort.Stable}/{@code sort.SliceStable}. */
    public static void stable(LessSwap data, int n) {
        int blockSize = 20;
        int a = 0, b = blockSize;
        while (b <= n) {
            insertionSort(data, a, b);
            a = b;
            b += blockSize;
        }
        insertionSort(data, a, n);
        while (blockSize < n) {
            a = 0;
            b = 2 * blockSize;
            while (b <= n) {
                symMerge(data, a, a + blockSize, b);
                a = b;
                b += 2 * blockSize;
            }
            int m = a + blockSize;
            if (m < n) symMerge(data, a, m, n);
            blockSize *= 2;
        }
    }

    static void insertionSort(LessSwap data, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && data.less(j, j - 1); j--) data.swap(j, j - 1);
        }
    }

    private static final class Run {
        final LessSwap data;
        final boolean newXorshift;
        int swaps;

        Run(LessSwap data, boolean newXorshift) {
            this.data = data;
            this.newXorshift = newXorshift;
        }

        void pdqsort(int a, int b, int limit) {
            final int maxInsertion = 12;
            boolean wasBalanced = true;
            boolean wasPartitioned = true;
            while (true) {
                int length = b - a;
                if (length <= maxInsertion) {
                    insertionSort(data, a, b);
                    return;
                }
                // too many bad pivots: fall back to heapsort
                if (limit == 0) {
                    heapSort(a, b);
                    return;
                }
                // the last partitioning was imbalanced: break patterns
                if (!wasBalanced) {
                    breakPatterns(a, b);
                    limit--;
                }
                int[] ph = choosePivot(a, b);
                int pivot = ph[0];
                int hint = ph[1];
                if (hint == DECREASING) {
                    reverseRange(a, b);
                    pivot = (b - 1) - (pivot - a);
                    hint = INCREASING;
                }
                // likely already sorted
                if (wasBalanced && wasPartitioned && hint == INCREASING) {
                    if (partialInsertionSort(a, b)) return;
                }
                // probably many duplicates: put the elements equal to the pivot first
                if (a > 0 && !data.less(a - 1, pivot)) {
                    a = partitionEqual(a, b, pivot);
                    continue;
                }
                int[] mp = partition(a, b, pivot);
                int mid = mp[0];
                wasPartitioned = mp[1] == 1;
                int leftLen = mid - a, rightLen = b - mid;
                int balanceThreshold = length / 8;
                if (leftLen < rightLen) {
                    wasBalanced = leftLen >= balanceThreshold;
                    pdqsort(a, mid, limit);
                    a = mid + 1;
                } else {
                    wasBalanced = rightLen >= balanceThreshold;
                    pdqsort(mid + 1, b, limit);
                    b = mid;
                }
            }
        }

        int[] partition(int a, int b, int pivot) {
            data.swap(a, pivot);
            int i = a + 1, j = b - 1;
            while (i <= j && data.less(i, a)) i++;
            while (i <= j && !data.less(j, a)) j--;
            if (i > j) {
                data.swap(j, a);
                return new int[]{j, 1};
            }
            data.swap(i, j);
            i++;
            j--;
            while (true) {
                while (i <= j && data.less(i, a)) i++;
                while (i <= j && !data.less(j, a)) j--;
                if (i > j) break;
                data.swap(i, j);
                i++;
                j--;
            }
            data.swap(j, a);
            return new int[]{j, 0};
        }

        int partitionEqual(int a, int b, int pivot) {
            data.swap(a, pivot);
            int i = a + 1, j = b - 1;
            while (true) {
                while (i <= j && !data.less(a, i)) i++;
                while (i <= j && data.less(a, j)) j--;
                if (i > j) break;
                data.swap(i, j);
                i++;
                j--;
            }
            return i;
        }

        boolean partialInsertionSort(int a, int b) {
            final int maxSteps = 5, shortestShifting = 50;
            int i = a + 1;
            for (int step = 0; step < maxSteps; step++) {
                while (i < b && !data.less(i, i - 1)) i++;
                if (i == b) return true;
                if (b - a < shortestShifting) return false;
                data.swap(i, i - 1);
                // shift the smaller one to the left
                if (i - a >= 2) {
                    for (int j = i - 1; j >= 1; j--) {
                        if (!data.less(j, j - 1)) break;
                        data.swap(j, j - 1);
                    }
                }
                // shift the greater one to the right
                if (b - i >= 2) {
                    for (int j = i + 1; j < b; j++) {
                        if (!data.less(j, j - 1)) break;
                        data.swap(j, j - 1);
                    }
                }
            }
            return false;
        }

        void breakPatterns(int a, int b) {
            int length = b - a;
            if (length >= 8) {
                long random = length;
                long modulus = 1L << (64 - Long.numberOfLeadingZeros(length));
                for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
                    if (newXorshift) {
                        random ^= random << 13;
                        random ^= random >>> 7;
                        random ^= random << 17;
                    } else {
                        random ^= random << 13;
                        random ^= random >>> 17;
                        random ^= random << 5;
                    }
                    int other = (int) (random & (modulus - 1));
                    if (other >= length) other -= length;
                    data.swap(idx, a + other);
                }
            }
        }

        int[] choosePivot(int a, int b) {
            final int shortestNinther = 50, maxSwaps = 4 * 3;
            int l = b - a;
            swaps = 0;
            int i = a + l / 4, j = a + l / 4 * 2, k = a + l / 4 * 3;
            if (l >= 8) {
                if (l >= shortestNinther) {
                    i = median(i - 1, i, i + 1);
                    j = median(j - 1, j, j + 1);
                    k = median(k - 1, k, k + 1);
                }
                j = median(i, j, k);
            }
            if (swaps == 0) return new int[]{j, INCREASING};
            if (swaps == maxSwaps) return new int[]{j, DECREASING};
            return new int[]{j, UNKNOWN};
        }

        /** The index of the median of data[a], data[b], data[c], counting swaps as order2 does. */
        int median(int a, int b, int c) {
            if (data.less(b, a)) {
                swaps++;
                int t = a;
                a = b;
                b = t;
            }
            if (data.less(c, b)) {
                swaps++;
                int t = b;
                b = c;
                c = t;
            }
            if (data.less(b, a)) {
                swaps++;
                int t = a;
                a = b;
                b = t;
            }
            return b;
        }

        void reverseRange(int a, int b) {
            for (int i = a, j = b - 1; i < j; i++, j--) data.swap(i, j);
        }

        void heapSort(int a, int b) {
            int first = a, lo = 0, hi = b - a;
            for (int i = (hi - 1) / 2; i >= 0; i--) siftDown(i, hi, first);
            for (int i = hi - 1; i >= 0; i--) {
                data.swap(first, first + i);
                siftDown(lo, i, first);
            }
        }

        void siftDown(int lo, int hi, int first) {
            int root = lo;
            while (true) {
                int child = 2 * root + 1;
                if (child >= hi) return;
                if (child + 1 < hi && data.less(first + child, first + child + 1)) child++;
                if (!data.less(first + root, first + child)) return;
                data.swap(first + root, first + child);
                root = child;
            }
        }
    }

    static void symMerge(LessSwap data, int a, int m, int b) {
        if (m - a == 1) {
            int i = m, j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (data.less(h, a)) i = h + 1;
                else j = h;
            }
            for (int k = a; k < i - 1; k++) data.swap(k, k + 1);
            return;
        }
        if (b - m == 1) {
            int i = a, j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!data.less(m, h)) i = h + 1;
                else j = h;
            }
            for (int k = m; k > i; k--) data.swap(k, k - 1);
            return;
        }
        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start, r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (!data.less(p - c, c)) start = c + 1;
            else r = c;
        }
        int end = n - start;
        if (start < m && m < end) rotate(data, start, m, end);
        if (a < start && start < mid) symMerge(data, a, start, mid);
        if (mid < end && end < b) symMerge(data, mid, end, b);
    }

    static void rotate(LessSwap data, int a, int m, int b) {
        int i = m - a, j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(data, m - i, m, j);
                i -= j;
            } else {
                swapRange(data, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(data, m - i, m, i);
    }

    static void swapRange(LessSwap data, int a, int b, int n) {
        for (int i = 0; i < n; i++) data.swap(a + i, b + i);
    }
}
