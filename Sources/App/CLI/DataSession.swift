import Foundation
import Domain
import Store

/// Opens the data directory a command works on (`--data`, `$ZUGONG_DATA`, XDG, home; created
/// from the bundled seed on first use) with the user's role.
public enum DataSession {
    public static func directory(_ context: CommandContext) -> URL {
        DataLocation.resolve(option: context.arguments.options["--data"], environment: context.environment)
    }

    /// With `records`, for a command that changes only those, the store may read just them.
    public static func open(_ context: CommandContext, readOnly: Bool = false, records: Set<String>? = nil,
                            progress: LoadProgress? = nil) throws -> DataStore {
        let store = try DataStore.open(at: directory(context), readOnly: readOnly || context.arguments.has("--read-only"),
                                       actorOverride: context.arguments.options["--actor"], records: records, progress: progress)
        context.keepUntilExit(store)
        return store
    }

    /// The status bar's description of a store: where, who (and on whose behalf), read-only or not.
    public static func sessionInfo(_ store: DataStore) -> SessionInfo {
        let user = store.via.map { "\(store.actor) (via \($0))" } ?? store.actor
        return SessionInfo(dataLabel: store.directory.path, user: user, readOnly: store.permissions.isReadOnly,
                           actor: store.actor, ticketRefusal: store.permissions.ticketRefusal,
                           cadreRefusal: store.permissions.cadreRefusal)
    }

    public static func launchConfiguration(_ context: CommandContext, progress: LoadProgress? = nil) throws -> LaunchConfiguration {
        let store = try open(context, progress: progress)
        let display = try DisplayOptions.resolve(context.arguments, environment: context.environment)
        return LaunchConfiguration(dataset: store.dataset, display: display, session: sessionInfo(store), store: store,
                                   warnings: store.warnings)
    }

    /// A kiosk's data: opened read-only whatever the user's role, every change refused as the
    /// kiosk's, so no key can change data and no phone number can be revealed.
    public static func kioskConfiguration(_ context: CommandContext, display: DisplayOptions,
                                          progress: LoadProgress? = nil) throws -> LaunchConfiguration {
        let store = try open(context, readOnly: true, progress: progress)
        let refusal = Label(zh: "展示模式只读", en: "kiosk: read-only")
        var session = sessionInfo(store)
        session.readOnly = true
        session.ticketRefusal = refusal
        session.cadreRefusal = refusal
        return LaunchConfiguration(dataset: store.dataset, display: display, session: session, store: store, warnings: store.warnings)
    }
}
