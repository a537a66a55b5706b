/// Python's `json.load` of the same snapshot, the yardstick for the load target: seconds for the
/// parse alone (interpreter start-up excluded) and the process's peak RSS.
struct PythonProbe {
    var seconds: Double
    var peakBytes: Double

    private static let script = """
        import json, resource, sys, time
        t = time.perf_counter()
        json.load(open(sys.argv[1], encoding="utf-8"))
        t = time.perf_counter() - t
        print(f"seconds={t} peak={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}")
        """

    /// Nil when there is no python3 on `PATH`.
    static func measure(snapshot: String) throws -> PythonProbe? {
        guard let python = ChildProcess.find("python3") else { return nil }
        let f = ChildProcess.fields(try ChildProcess.output(python, ["-c", script, snapshot]))
        guard let seconds = f["seconds"], let peak = f["peak"] else { throw BenchError("python3: unreadable output") }
        return PythonProbe(seconds: seconds, peakBytes: peak)
    }
}
