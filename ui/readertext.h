#pragma once

#include <QString>

// How the reader shows untrusted text: names and subjects isolated from the text around
// them, file names made harmless, plain text bodies as HTML. Shared by the reader's
// widgets.
namespace em::ui::readertext {

// The explicit direction controls (embeddings, overrides, isolates, marks): what can
// reorder a line so that it reads as something else.
bool isBidiControl(char16_t c);

// Untrusted text inside a first-strong isolate: it cannot reorder the text around it.
QString isolated(const QString &text);

// A file name made harmless to show: no control or bidi characters (an RLO turns
// "invoice\u202Efdp.exe" into "invoiceexe.pdf"), runs of spaces collapsed (they push a
// real extension out of sight), long names shortened in the middle.
QString displayFileName(const QString &name);

// A plain text body as HTML: everything escaped, quoted lines coloured by depth (1, 2,
// 3 and more), web and mail addresses made links.
QString plainTextToHtml(const QString &text);

} // namespace em::ui::readertext
