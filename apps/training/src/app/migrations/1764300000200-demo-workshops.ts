import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ILLUSTRATIVE DEMO DATA, NOT A DJI SOURCE. Neither DJI nor In-Made publishes which workshops each
 * PI runs. This seeds, for every PI with status `active` in @bridge/reference-data, a few In-Made
 * workshops of plausible types (the reference data's own workshop types), named "<type label>
 * <PI name>", e.g. "Houtbewerking PI Vught". Where a public source hints at a PI's work (PI Almelo's
 * packaging "De Fabriek", PI Lelystad's painting/cleaning/welding courses, PI Zwolle's welding) the
 * choice follows it; everything else is invented so the platform can be demonstrated. Replace it
 * with the real list (and an admin endpoint to maintain it) before production use.
 *
 * The rows are frozen here rather than derived from the reference data at run time, so the
 * migration gives the same result whenever it runs.
 */
const DEMO_WORKSHOPS: ReadonlyArray<
  readonly [id: string, piCode: string, type: string, name: string]
> = [
  ['jc-schiphol-cleaning', 'JC-SCHIPHOL', 'cleaning', 'Schoonmaak Justitieel Complex Schiphol'],
  ['jc-schiphol-kitchen', 'JC-SCHIPHOL', 'kitchen', 'Keuken en horeca Justitieel Complex Schiphol'],
  ['jc-zaanstad-wood', 'JC-ZAANSTAD', 'wood', 'Houtbewerking Justitieel Complex Zaanstad'],
  ['jc-zaanstad-metal', 'JC-ZAANSTAD', 'metal', 'Metaalbewerking Justitieel Complex Zaanstad'],
  ['jc-zaanstad-laundry', 'JC-ZAANSTAD', 'laundry', 'Wasserij Justitieel Complex Zaanstad'],
  ['jc-zaanstad-kitchen', 'JC-ZAANSTAD', 'kitchen', 'Keuken en horeca Justitieel Complex Zaanstad'],
  ['pi-achterhoek-wood', 'PI-ACHTERHOEK', 'wood', 'Houtbewerking PI Achterhoek'],
  [
    'pi-achterhoek-assembly-packaging',
    'PI-ACHTERHOEK',
    'assembly-packaging',
    'Productie, montage en verpakking PI Achterhoek',
  ],
  ['pi-achterhoek-green', 'PI-ACHTERHOEK', 'green', 'Groen en tuin PI Achterhoek'],
  [
    'pi-almelo-assembly-packaging',
    'PI-ALMELO',
    'assembly-packaging',
    'Productie, montage en verpakking PI Almelo',
  ],
  ['pi-almelo-logistics', 'PI-ALMELO', 'logistics', 'Logistiek en magazijn PI Almelo'],
  ['pi-almelo-wood', 'PI-ALMELO', 'wood', 'Houtbewerking PI Almelo'],
  [
    'pi-alphen-aan-den-rijn-metal',
    'PI-ALPHEN-AAN-DEN-RIJN',
    'metal',
    'Metaalbewerking PI Alphen aan den Rijn',
  ],
  [
    'pi-alphen-aan-den-rijn-sewing',
    'PI-ALPHEN-AAN-DEN-RIJN',
    'sewing',
    'Naaiatelier PI Alphen aan den Rijn',
  ],
  [
    'pi-alphen-aan-den-rijn-assembly-packaging',
    'PI-ALPHEN-AAN-DEN-RIJN',
    'assembly-packaging',
    'Productie, montage en verpakking PI Alphen aan den Rijn',
  ],
  ['pi-arnhem-wood', 'PI-ARNHEM', 'wood', 'Houtbewerking PI Arnhem'],
  ['pi-arnhem-bicycle-repair', 'PI-ARNHEM', 'bicycle-repair', 'Fietsenwerkplaats PI Arnhem'],
  ['pi-arnhem-kitchen', 'PI-ARNHEM', 'kitchen', 'Keuken en horeca PI Arnhem'],
  ['pi-dordrecht-metal', 'PI-DORDRECHT', 'metal', 'Metaalbewerking PI Dordrecht'],
  ['pi-dordrecht-construction', 'PI-DORDRECHT', 'construction', 'Bouw en afbouw PI Dordrecht'],
  ['pi-dordrecht-cleaning', 'PI-DORDRECHT', 'cleaning', 'Schoonmaak PI Dordrecht'],
  [
    'pi-grave-assembly-packaging',
    'PI-GRAVE',
    'assembly-packaging',
    'Productie, montage en verpakking PI Grave',
  ],
  ['pi-grave-laundry', 'PI-GRAVE', 'laundry', 'Wasserij PI Grave'],
  ['pi-grave-green', 'PI-GRAVE', 'green', 'Groen en tuin PI Grave'],
  ['pi-haaglanden-kitchen', 'PI-HAAGLANDEN', 'kitchen', 'Keuken en horeca PI Haaglanden'],
  ['pi-haaglanden-laundry', 'PI-HAAGLANDEN', 'laundry', 'Wasserij PI Haaglanden'],
  ['pi-haaglanden-sewing', 'PI-HAAGLANDEN', 'sewing', 'Naaiatelier PI Haaglanden'],
  ['pi-heerhugowaard-wood', 'PI-HEERHUGOWAARD', 'wood', 'Houtbewerking PI Heerhugowaard'],
  [
    'pi-heerhugowaard-bicycle-repair',
    'PI-HEERHUGOWAARD',
    'bicycle-repair',
    'Fietsenwerkplaats PI Heerhugowaard',
  ],
  ['pi-heerhugowaard-green', 'PI-HEERHUGOWAARD', 'green', 'Groen en tuin PI Heerhugowaard'],
  ['pi-lelystad-metal', 'PI-LELYSTAD', 'metal', 'Metaalbewerking PI Lelystad'],
  ['pi-lelystad-cleaning', 'PI-LELYSTAD', 'cleaning', 'Schoonmaak PI Lelystad'],
  ['pi-lelystad-construction', 'PI-LELYSTAD', 'construction', 'Bouw en afbouw PI Lelystad'],
  ['pi-lelystad-logistics', 'PI-LELYSTAD', 'logistics', 'Logistiek en magazijn PI Lelystad'],
  ['pi-middelburg-green', 'PI-MIDDELBURG', 'green', 'Groen en tuin PI Middelburg'],
  [
    'pi-middelburg-assembly-packaging',
    'PI-MIDDELBURG',
    'assembly-packaging',
    'Productie, montage en verpakking PI Middelburg',
  ],
  ['pi-middelburg-kitchen', 'PI-MIDDELBURG', 'kitchen', 'Keuken en horeca PI Middelburg'],
  ['pi-nieuwegein-bakery', 'PI-NIEUWEGEIN', 'bakery', 'Bakkerij PI Nieuwegein'],
  ['pi-nieuwegein-wood', 'PI-NIEUWEGEIN', 'wood', 'Houtbewerking PI Nieuwegein'],
  [
    'pi-nieuwegein-maintenance',
    'PI-NIEUWEGEIN',
    'maintenance',
    'Onderhoud en klussendienst PI Nieuwegein',
  ],
  ['pi-sittard-metal', 'PI-SITTARD', 'metal', 'Metaalbewerking PI Sittard'],
  ['pi-sittard-wood', 'PI-SITTARD', 'wood', 'Houtbewerking PI Sittard'],
  ['pi-sittard-laundry', 'PI-SITTARD', 'laundry', 'Wasserij PI Sittard'],
  ['pi-ter-apel-cleaning', 'PI-TER-APEL', 'cleaning', 'Schoonmaak PI Ter Apel'],
  ['pi-ter-apel-kitchen', 'PI-TER-APEL', 'kitchen', 'Keuken en horeca PI Ter Apel'],
  [
    'pi-utrecht-nieuwersluis-sewing',
    'PI-UTRECHT-NIEUWERSLUIS',
    'sewing',
    'Naaiatelier PI Utrecht locatie Nieuwersluis',
  ],
  [
    'pi-utrecht-nieuwersluis-kitchen',
    'PI-UTRECHT-NIEUWERSLUIS',
    'kitchen',
    'Keuken en horeca PI Utrecht locatie Nieuwersluis',
  ],
  [
    'pi-utrecht-nieuwersluis-retail',
    'PI-UTRECHT-NIEUWERSLUIS',
    'retail',
    'Winkel en verkoop PI Utrecht locatie Nieuwersluis',
  ],
  ['pi-veenhuizen-green', 'PI-VEENHUIZEN', 'green', 'Groen en tuin PI Veenhuizen'],
  ['pi-veenhuizen-wood', 'PI-VEENHUIZEN', 'wood', 'Houtbewerking PI Veenhuizen'],
  ['pi-veenhuizen-bakery', 'PI-VEENHUIZEN', 'bakery', 'Bakkerij PI Veenhuizen'],
  ['pi-veenhuizen-metal', 'PI-VEENHUIZEN', 'metal', 'Metaalbewerking PI Veenhuizen'],
  ['pi-vught-wood', 'PI-VUGHT', 'wood', 'Houtbewerking PI Vught'],
  ['pi-vught-metal', 'PI-VUGHT', 'metal', 'Metaalbewerking PI Vught'],
  ['pi-vught-bakery', 'PI-VUGHT', 'bakery', 'Bakkerij PI Vught'],
  ['pi-vught-laundry', 'PI-VUGHT', 'laundry', 'Wasserij PI Vught'],
  ['pi-zuid-oost-green', 'PI-ZUID-OOST', 'green', 'Groen en tuin PI Zuid-Oost'],
  [
    'pi-zuid-oost-assembly-packaging',
    'PI-ZUID-OOST',
    'assembly-packaging',
    'Productie, montage en verpakking PI Zuid-Oost',
  ],
  [
    'pi-zuid-oost-bicycle-repair',
    'PI-ZUID-OOST',
    'bicycle-repair',
    'Fietsenwerkplaats PI Zuid-Oost',
  ],
  ['pi-zwolle-metal', 'PI-ZWOLLE', 'metal', 'Metaalbewerking PI Zwolle'],
  ['pi-zwolle-wood', 'PI-ZWOLLE', 'wood', 'Houtbewerking PI Zwolle'],
  ['pi-zwolle-logistics', 'PI-ZWOLLE', 'logistics', 'Logistiek en magazijn PI Zwolle'],
];

export class DemoWorkshops1764300000200 implements MigrationInterface {
  name = 'DemoWorkshops1764300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [id, piCode, type, name] of DEMO_WORKSHOPS) {
      await queryRunner.query(
        `INSERT INTO workshops (id, pi_code, type, name) VALUES ($1, $2, $3, $4)`,
        [id, piCode, type, name],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM workshops WHERE id = ANY($1::text[])`, [
      DEMO_WORKSHOPS.map(([id]) => id),
    ]);
  }
}
