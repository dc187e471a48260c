// Help texts, one per command, each with an example; docs/cli.md says the same at more length.

export const MAIN_HELP = `logframe — monitor and evaluate a national multi-year strategy

Usage: logframe <command> [options]

Commands:
  evaluate   Score a strategy with reported data as of a date and write a summary
  validate   Check a strategy (and data) and list every problem
  convert    Convert reported data to CSV, JSON, DHIS2 or IATI
  template   Write a ministry's reporting template (CSV) for a period
  schema     Print the JSON Schema of a strategy, observations or a summary
  init       Write a starter plan and data template into a directory

Options:
  -h, --help     Show help (also: logframe <command> --help, logframe help <command>)
  -v, --version  Show the version

Example:
  logframe evaluate strategy.json --data data-2024.csv --as-of 2025-03-27 --format md --out report.md

A file name of - reads stdin (or, for --out, writes stdout).
Exit codes: 0 success, 1 invalid input (the problems are printed), 2 wrong usage.`;

const DATA_OPTIONS = `  --data <file>...       Reported values: JSON, CSV or DHIS2 dataValueSets (- for stdin);
                         repeat --data or list several files after it
  --data-format <fmt>    json | csv | dhis2 (default: detected from each file's content)
  --delimiter <d>        CSV data delimiter: , (default) | ';' | auto (detects , or ;)
  --mapping <file>       DHIS2 mapping (JSON), needed for DHIS2 data`;

export const HELP: Readonly<Record<string, string>> = {
  evaluate: `Usage: logframe evaluate <strategy.json> --data <file>... --as-of YYYY-MM-DD [options]

Scores every indicator, result and ministry as of a date and writes the evaluation summary.

Options:
${DATA_OPTIONS}
  --as-of <date>         Evaluation date, YYYY-MM-DD (required: there is no hidden clock)
  --method <preset>      default | eurostat | opensdg | unsd2023 | escap | tolaactivity (default: default)
  --format <fmt>         text | md | html | csv | json (default: text)
  --lang <lang>          en | km (default: en)
  --breakdown <dim>      Also score per code of a dimension, e.g. province (repeatable)
  --include-drafts       Score draft values too
  --grace-days <n>       Days after a period's end before a report is late (default: 30)
  --small-cell <n>       Publish sensitive figures below n as "<n" (default: 5; 0 turns it off)
  --fragment             With --format html: an embeddable fragment instead of a page
  --allow-rejected       Evaluate even if some data rows are rejected (they are listed on stderr)
  --out <file>           Write to a file (atomically) instead of stdout

Example:
  logframe evaluate strategy.json --data observations-2024.json --as-of 2025-03-27 --format html --out summary.html`,

  validate: `Usage: logframe validate <strategy.json> [--data <file>...] [--mapping <file>] [--json]

Checks a strategy and optional data files and lists every problem (path, code, message), grouped
and counted, on stdout. Exits 1 when there is an error or a rejected data row, 0 otherwise.

Options:
${DATA_OPTIONS}
  --json                 Print the report as JSON, for machines

Example:
  logframe validate strategy.json --data data-2024.csv`,

  convert: `Usage: logframe convert <strategy.json> [--data <file>...] --to csv|json|dhis2|iati [options]

Converts reported values to another format. IATI also carries the strategy's results, indicators,
baselines and targets, so it can be written without data.

Options:
${DATA_OPTIONS}
  --to <fmt>             csv | json | dhis2 | iati (required)
  --mapping <file>       DHIS2 mapping (JSON), for DHIS2 input and for --to dhis2
  --reporting-org <ref>  IATI identifier of the reporting organisation, e.g. KH-GOV-1 (required for --to iati)
  --iati-identifier <id> IATI activity identifier (default: <reporting-org>-<strategy id>)
  --allow-rejected       Convert even if some data rows are rejected (they are listed on stderr)
  --out <file>           Write to a file (atomically) instead of stdout

Example:
  logframe convert strategy.json --data data.csv --to dhis2 --mapping mapping.json --out dhis2.json`,

  template: `Usage: logframe template <strategy.json> --actor <id> --period <id> [--lang <lang>] [--out <file>]

Writes the CSV a ministry fills in for a period: one row per indicator it reports, per period due
and per required disaggregation, values blank, with each indicator's title, unit and definition.

Options:
  --actor <id>           The ministry (actor id) that reports, e.g. MOJ (required)
  --period <id>          The reporting period, e.g. 2025 or 2025Q1 (required)
  --lang <lang>          Language of titles and definitions (default: the strategy's)
  --out <file>           Write to a file (atomically) instead of stdout

Example:
  logframe template strategy.json --actor MOJ --period 2025 --out moj-2025.csv`,

  schema: `Usage: logframe schema strategy|observation|summary

Prints the JSON Schema (draft 2020-12) that other tools can validate against.

Example:
  logframe schema strategy > strategy.schema.json`,

  init: `Usage: logframe init [dir] [--template minimal|cambodia]

Writes a starter plan (strategy.json) and a data template to fill in (observations.csv) into dir
(default: the current directory, created if missing). Refuses to overwrite existing files.

Options:
  --template <name>      minimal (one pillar, one indicator) | cambodia (the Cambodia example)
                         (default: minimal)

Example:
  logframe init my-plan --template minimal`,
};
