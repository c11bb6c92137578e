// caredesk-cli import-legacy: moves a clinic in from the old web system
// (docs/import-legacy.md).
#include "cli_context.h"
#include "engine/clinictime.h"
#include "engine/legacyimport.h"
#include "engine/schema.h"

#include <cstdio>

namespace caredesk::cli {

int cmdImportLegacy(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("from")))
        return failInput(
            QStringLiteral("import-legacy: --from \"CONNINFO\" (the old system's database) is required"));
    LegacyImportOptions options;
    options.fromConninfo = ctx.parser.value(QStringLiteral("from"));
    options.sourceLabel = QStringLiteral("--from");
    options.dryRun = ctx.parser.isSet(QStringLiteral("dry-run"));
    if (ctx.parser.isSet(QStringLiteral("zone"))) {
        const QString id = ctx.parser.value(QStringLiteral("zone"));
        if (const auto problem = timeZoneProblem(id))
            return failInput(QStringLiteral("--zone %1").arg(*problem));
        options.zone = QTimeZone(id.toUtf8());
    } else {
        auto zone = ctx.clinicZone();
        if (!zone)
            return fail(zone.error());
        options.zone = zone.value();
    }
    auto now = ctx.now(options.zone);
    if (!now)
        return fail(now.error());
    options.today = now.value().toTimeZone(options.zone).date();
    auto report = ctx.pool.runBlocking(
        Access::Write,
        [options](Session &s) {
            requireCurrentSchema(s);
            return importLegacy(s, options);
        },
        QStringLiteral("import-legacy"));
    if (!report)
        return fail(report.error());
    if (ctx.parser.isSet(QStringLiteral("json")))
        printJson(legacyReportJson(report.value()));
    else
        std::fputs(legacyReportText(report.value()).toUtf8().constData(), stdout);
    return 0;
}

} // namespace caredesk::cli
