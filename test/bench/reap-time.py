"""
Runs a command and reports the CPU time of everything it started, as GNU
time would if every process were waited for: the Pagefind service that the
search workers start outlives them for a moment and is then reparented, so
its CPU would be missing from GNU time's figures. This wrapper makes itself
the "child subreaper" (Linux prctl), so orphaned descendants are reparented
to it, and waits for all of them before reading its children's usage.

  python3 reap-time.py <output file> <command> [args...]

Writes "user system max_rss_kb wall own_cpu" (max RSS is the largest single
process; wall is the seconds until the command itself exited, without the
detached work it left behind, such as the deletion of the replaced site,
whose CPU is still counted; own_cpu is user + system of the command and the
descendants it waited for itself, which is what GNU time reports and what
the benchmark's baseline was measured with) and exits with the command's
status.
"""
import ctypes
import os
import resource
import sys
import time

PR_SET_CHILD_SUBREAPER = 36

out, command = sys.argv[1], sys.argv[2:]
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
started = time.monotonic()
wall = 0.0
own = 0.0
main = os.fork()
if main == 0:
    os.execvp(command[0], command)
status = 1
while True:
    try:
        pid, code, rusage = os.wait3(0)
    except ChildProcessError:
        break
    if pid == main:
        status = os.waitstatus_to_exitcode(code)
        wall = time.monotonic() - started
        own = rusage.ru_utime + rusage.ru_stime
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as f:
    f.write(f"{usage.ru_utime:.2f} {usage.ru_stime:.2f} {usage.ru_maxrss} {wall:.3f} {own:.2f}\n")
sys.exit(status if status >= 0 else 128 - status)
