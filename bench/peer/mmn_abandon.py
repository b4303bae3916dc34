"""The bench reference model written the textbook SimPy way (issue 3, peer comparison).

One queue: Poisson arrivals of 100 calls a minute, exponential handling of mean 180 s, exponential
patience of mean 300 s, 310 agents (M/M/310+M, Erlang A). A Resource holds the agents; each caller
is a generator process that requests an agent and gives up when its patience runs out first
(``req | env.timeout(patience)``), as in SimPy's own bank-renege example.

Run: /usr/bin/python3 bench/peer/mmn_abandon.py --calls 300000 --seed 1
Prints one JSON object: calls, answered, abandoned, pickupRate, wallSeconds, callsPerSecond,
cpuSeconds (this process's CPU time), callsPerCpuSecond.
"""

import argparse
import json
import platform
import random
import sys
import time

import simpy

ARRIVAL_RATE = 100 / 60  # calls per second
MEAN_HANDLE = 180.0  # seconds
MEAN_PATIENCE = 300.0  # seconds
AGENTS = 310


class Stats:
    def __init__(self):
        self.answered = 0
        self.abandoned = 0


def caller(env, agents, stats, rng):
    with agents.request() as req:
        patience = rng.expovariate(1 / MEAN_PATIENCE)
        result = yield req | env.timeout(patience)
        if req in result:
            stats.answered += 1
            yield env.timeout(rng.expovariate(1 / MEAN_HANDLE))
        else:
            stats.abandoned += 1


def source(env, calls, agents, stats, rng):
    for _ in range(calls):
        yield env.timeout(rng.expovariate(ARRIVAL_RATE))
        env.process(caller(env, agents, stats, rng))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    env = simpy.Environment()
    agents = simpy.Resource(env, capacity=AGENTS)
    stats = Stats()
    start = time.perf_counter()
    cpu_start = time.process_time()
    env.process(source(env, args.calls, agents, stats, rng))
    env.run()  # until every caller has left: answered or abandoned
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu_start

    print(
        json.dumps(
            {
                "calls": args.calls,
                "answered": stats.answered,
                "abandoned": stats.abandoned,
                "pickupRate": stats.answered / args.calls,
                "wallSeconds": wall,
                "callsPerSecond": args.calls / wall,
                "cpuSeconds": cpu,
                "callsPerCpuSecond": args.calls / cpu,
                "simpy": simpy.__version__,
                "python": platform.python_version(),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
