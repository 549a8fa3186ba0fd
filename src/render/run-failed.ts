/** What every human format says after the error of a run that failed once its output began (or scored nothing). */
export const RUN_FAILED_NOTE = 'Exit code 2: this output is not an audit of the whole input.';
