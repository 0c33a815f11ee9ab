// jStat ships no types; this declares only the part the analytics use.
declare module 'jstat' {
  interface JStat {
    chisquare: {
      /** Quantile of the chi-square distribution with `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
    };
    /** ln Γ(x), by the Lanczos series jStat's incomplete gamma uses. */
    gammaln(x: number): number;
    /** The lower regularised incomplete gamma P(a, x). */
    lowRegGamma(a: number, x: number): number;
  }
  const jstat: { jStat: JStat };
  export default jstat;
}
