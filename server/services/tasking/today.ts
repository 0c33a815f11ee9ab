/** Today's date in UTC (YYYY-MM-DD): due and review dates are days, compared the same whatever the server's zone. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
