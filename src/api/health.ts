/** /healthz: the process is up. /readyz: the database answers and every migration is applied. */
import type { Router } from "express";

export function registerHealthRoutes(router: Router, isReady: () => Promise<boolean>): void {
  router.get("/healthz", (_req, res) => {
    res.status(200).json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const ready = await isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready" });
  });
}
