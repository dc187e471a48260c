// Help texts, one per command, each with an example.

export const VERSION_PLACEHOLDER = '__LOGFRAME_VERSION__';

export const MAIN_HELP = `logframe — monitor and evaluate a national multi-year strategy

Usage: logframe <command> [options]

Commands:
  evaluate   Score a strategy with reported data as of a date and write a summary
  validate   Check a strategy (and data) and list every problem
  convert    Convert data between JSON, CSV, DHIS2 and IATI
  template   Write a ministry's reporting template (CSV) for a period
  schema     Print the JSON Schema of a strategy, observations or a summary
  init       Write a starter plan and data template into a directory

Options:
  -h, --help     Show help (also: logframe <command> --help)
  -v, --version  Show the version

Example:
  logframe evaluate strategy.json --data data-2024.csv --as-of 2025-03-27 --format md --out report.md

Exit codes: 0 success, 1 invalid input (problems are printed), 2 wrong usage.`;

export const HELP: Record<string, string> = {
  evaluate: `Usage: logframe evaluate <strategy.json> --data <file>... --as-of YYYY-MM-DD [options]

Scores every indicator, result and ministry as of a date and writes the evaluation summary.

Options:
  --data <file>          Reported values: JSON, CSV or DHIS2 dataValueSets (repeatable; - for stdin)
  --data-format <fmt>    json | csv | dhis2 (default: detected from the content)
  --mapping <file>       DHIS2 mapping (JSON), needed for DHIS2 data
  --as-of <date>         Evaluation date, YYYY-MM-DD (required: there is no hidden clock)
  --method <preset>      default | eurostat | opensdg | unsd2023 | escap | tolaactivity (default: default)
  --format <fmt>         text | md | html | csv | json (default: text)
  --lang <lang>          en | km (default: en)
  --breakdown <dim>      Also score per code of a dimension, e.g. province (repeatable)
  --include-drafts       Score draft values too
  --grace-days <n>       Days after a period's end before a report is late (default 30)
  --small-cell <n>       Publish sensitive figures below n as "<n" (default 5, 0 disables)
  --fragment             With --format html: an embeddable fragment instead of a page
  --allow-rejected       Evaluate even if some data rows are rejected (they are listed on stderr)
  --out <file>           Write to a file (atomically) instead of stdout

Example:
  logframe evaluate strategy.json --data observations-2024.json --as-of 2025-03-27 --format html --out summary.html`,
  validate: `Usage: logframe validate <strategy.json> [--data <file>...] [--mapping <file>] [--json]

Checks a strategy and optional data files and lists every problem (path, code, message), grouped
and counted. Exits 1 when there is an error or a rejected data row.

Options:
  --data <file>          Reported values to check (repeatable; - for stdin)
  --data-format <fmt>    json | csv | dhis2 (default: detected)
  --mapping <file>       DHIS2 mapping (JSON)
  --json                 Print the problems as JSON for machines

Example:
  logframe validate strategy.json --data data-2024.csv`,
  convert: `Usage: logframe convert <strategy.json> [--data <file>...] --to csv|json|dhis2|iati [options]

Converts reported values to another format (IATI also carries the strategy's results,
baselines and targets).

Options:
  --data <file>          Reported values (repeatable; - for stdin)
  --data-format <fmt>    json | csv | dhis2 (default: detected)
  --to <fmt>             csv | json | dhis2 | iati
  --mapping <file>       DHIS2 mapping (JSON), for DHIS2 input or output
  --iati-identifier <id> The IATI activity identifier (for --to iati)
  --reporting-org <ref>  The IATI reporting organisation ref (for --to iati)
  --out <file>           Write to a file (atomically) instead of stdout

Example:
  logframe convert strategy.json --data data.csv --to dhis2 --mapping mapping.json --out dhis2.json`,
  template: `Usage: logframe template <strategy.json> --actor <id> --period <id> [--out <file>]

Writes the CSV a ministry fills in for a period: one row per indicator it reports and per
required disaggregation, values blank, with each indicator's title, unit and definition.

Example:
  logframe template strategy.json --actor MOJ --period 2025 --out moj-2025.csv`,
  schema: `Usage: logframe schema strategy|observation|summary

Prints the JSON Schema (draft 2020-12) that other tools can validate against.

Example:
  logframe schema strategy > strategy.schema.json`,
  init: `Usage: logframe init [dir] [--template minimal|cambodia]

Writes a starter plan (strategy.json) and a data template (observations.csv) into dir
(default: the current directory). Existing files are never overwritten.

Example:
  logframe init my-plan --template minimal`,
};
