// Minimal types of autocannon (the package ships none): what the benchmarks use.
declare module 'autocannon' {
  interface Requete {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    requests?: Requete[];
    headers?: Record<string, string>;
  }
  interface Histogramme {
    average: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    max: number;
  }
  export interface Resultat {
    latency: Histogramme;
    requests: Histogramme & { total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats?: Record<string, { count: number }>;
  }
  function autocannon(options: Options): Promise<Resultat>;
  export default autocannon;
}
