/** Something wrong in the files being imported, located as precisely as the files allow. */
export interface ImportProblem {
  readonly file: string;
  /** 1-based; the header is line 1; 0 when the problem is with the whole file. */
  readonly line: number;
  /** The column's name, or null when the problem is with a whole row or file. */
  readonly column: string | null;
  /** The column's 1-based position in the file's header, where known. */
  readonly columnNumber?: number;
  readonly message: string;
}

/** `grades.csv:12:5 (grade): unknown grade "Superb"` */
export function formatProblem(problem: ImportProblem): string {
  const position = [problem.file, problem.line, problem.columnNumber].filter((part) => part !== undefined);
  const column = problem.column ? ` (${problem.column})` : '';
  return `${position.join(':')}${column}: ${problem.message}`;
}
