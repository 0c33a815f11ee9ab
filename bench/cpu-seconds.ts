/** CPU seconds of the whole process, DuckDB's threads included: steadier than wall time on a shared machine. */
export const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
