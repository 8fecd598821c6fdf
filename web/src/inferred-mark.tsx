/** The asterisk after a grade inferred from published counts, read out as "(inferred)". */
export function InferredMark() {
  return (
    <>
      <span class="inferred-mark" aria-hidden="true">
        *
      </span>
      <span class="visually-hidden"> (inferred)</span>
    </>
  );
}
