/// Python's `json.load` of the same snapshot, the yardstick for the load targets: seconds and CPU
/// seconds for the parse alone (interpreter start-up excluded), the process's peak RSS, and the
/// floor of reading the bytes.
struct PythonProbe {
    var seconds: Double
    var cpuSeconds: Double
    /// The floor: python reading the file's bytes, nothing parsed.
    var readSeconds: Double
    var peakBytes: Double

    private static let script = """
        import json, resource, sys, time
        r = time.perf_counter()
        open(sys.argv[1], "rb").read()
        r = time.perf_counter() - r
        t, c = time.perf_counter(), time.process_time()
        json.load(open(sys.argv[1], encoding="utf-8"))
        t, c = time.perf_counter() - t, time.process_time() - c
        print(f"seconds={t} cpu={c} read={r} peak={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}")
        """

    /// Nil when there is no python3 on `PATH`.
    static func measure(snapshot: String) throws -> PythonProbe? {
        guard let python = ChildProcess.find("python3") else { return nil }
        let f = ChildProcess.fields(try ChildProcess.output(python, ["-c", script, snapshot]))
        guard let seconds = f["seconds"], let cpu = f["cpu"], let read = f["read"], let peak = f["peak"] else {
            throw BenchError("python3: unreadable output")
        }
        return PythonProbe(seconds: seconds, cpuSeconds: cpu, readSeconds: read, peakBytes: peak)
    }
}
