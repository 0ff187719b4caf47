/**
 * The classroom: instructors create courses and assignments (sets of lesson exercises with an
 * opening date, a due date and a late policy); students join a course with its code, and their
 * graded submissions on the lesson pages are recorded as attempts; instructors watch progress
 * and export grades. See {@code docs/classroom.md}.
 */
package io.gopherscope.classroom;
