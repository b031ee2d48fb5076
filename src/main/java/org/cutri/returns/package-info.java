/**
 * Return packages (gói trả lời, docs/decisions/0037): at the province, each commune's answers written into a signed
 * package ({@link org.cutri.returns.ReturnPackageService}); at the commune, that package checked and taken into the
 * follow-up of its opinions ({@link org.cutri.returns.ReturnImportService}), with the province's key trusted once.
 * The format itself is {@code org.cutri.exchange} ({@link org.cutri.exchange.ReturnFormat}).
 */
package org.cutri.returns;
