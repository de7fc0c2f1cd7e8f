using CellThalamus.Core.Design;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Tests.Design;

public class DesignTableTests
{
    private static readonly ParameterSet Default = ParameterProfiles.Load(ParameterProfiles.Default);

    private static readonly string[][] Table =
    [
        ["plate_id", "well_id", "cell_line", "compound", "dose_uM", "timepoint_h", "day", "operator", "is_sentinel", "plate_format"],
        ["P 1", "A01", "A549", "CCCP", "0.001", "12", "1", "Operator_A", "false", "96"],
        ["P 1", "A02", "HepG2", "DMSO", "0", "48", "2", "Operator_B", "true", "96"],
        ["Q", "P24", "iPSC_NGN2", "tBHQ", "10", "6.5", "1", "Smith, J.", "false", "384"],
    ];

    private static readonly string Plain = Join(",", "\n", f => f.Contains(',', StringComparison.Ordinal) ? Quoted(f) : f) + "\n";

    private static string Join(string delimiter, string lineEnd, Func<string, string> field) =>
        string.Join(lineEnd, Table.Select(row => string.Join(delimiter, row.Select(field))));

    private static string Quoted(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static List<WellSpec> Read(string text) => DesignTable.Read(() => new StringReader(text), "design.csv", Default).ToList();

    private static long Validate(string text) => DesignTable.Validate(() => new StringReader(text), "design.csv", Default);

    private static string Rejects(string text) => Assert.Throws<DesignException>(() => Validate(text))!.Message;

    [Test]
    public void Plain_csv_gives_the_wells_it_lists()
    {
        var wells = Read(Plain);
        Assert.That(wells, Has.Count.EqualTo(3));
        Assert.That(wells[0], Is.EqualTo(new WellSpec("P 1", "A01", "A549", "CCCP", 0.001, 12, 1, "Operator_A", false, PlateFormat.Plate96)));
        Assert.That(wells[2], Is.EqualTo(new WellSpec("Q", "P24", "iPSC_NGN2", "tBHQ", 10, 6.5, 1, "Smith, J.", false, PlateFormat.Plate384)));
    }

    // Each variant is the same table as a spreadsheet, an editor or another tool might save it.
    [TestCase("BOM", "BOM")]
    [TestCase("CRLF", "CRLF")]
    [TestCase("no trailing newline", "NOEOL")]
    [TestCase("trailing empty lines", "BLANKS")]
    [TestCase("spreadsheet's empty rows at the end", "EMPTYROWS")]
    [TestCase("every field quoted", "QUOTED")]
    [TestCase("TSV", "TSV")]
    [TestCase("TSV with BOM, CRLF and quotes", "TSVALL")]
    [TestCase("numbers written differently", "NUMBERS")]
    [TestCase("columns reordered, names in upper case", "REORDERED")]
    [TestCase("CR line ends", "CR")]
    public void Saved_variants_read_the_same_as_the_plain_file(string variant, string text)
    {
        Assert.That(Read(Variant(text)), Is.EqualTo(Read(Plain)), variant);
    }

    private static string Variant(string kind) => kind switch
    {
        "BOM" => "\uFEFF" + Plain,
        "CRLF" => Plain.Replace("\n", "\r\n", StringComparison.Ordinal),
        "CR" => Plain.Replace("\n", "\r", StringComparison.Ordinal),
        "NOEOL" => Plain.TrimEnd('\n'),
        "BLANKS" => Plain + "\n\n\r\n",
        "EMPTYROWS" => Plain + ",,,,,,,,,\n,,,,,,,,,\n",
        "QUOTED" => Join(",", "\n", Quoted) + "\n",
        "TSV" => Join("\t", "\n", f => f) + "\n",
        "TSVALL" => "\uFEFF" + Join("\t", "\r\n", Quoted) + "\r\n",
        "NUMBERS" => Plain.Replace("0.001,12,", "1e-3,12.0,", StringComparison.Ordinal).Replace(",10,6.5,", ",1.0E1,6.50,", StringComparison.Ordinal),
        "REORDERED" =>
            "COMPOUND,Plate_ID,Well_Id,Cell_Line,Dose_uM,TIMEPOINT_H,Day,Operator,Is_Sentinel,Plate_Format\n" +
            "CCCP,P 1,A01,A549,0.001,12,1,Operator_A,0,96\n" +
            "DMSO,P 1,A02,HepG2,0,48,2,Operator_B,TRUE,96\n" +
            "tBHQ,Q,P24,iPSC_NGN2,10,6.5,1,\"Smith, J.\",False,384\n",
        _ => kind,
    };

    [Test]
    public void Optional_columns_take_their_defaults()
    {
        var well = Read("plate_id,well_id,cell_line,compound,dose_uM,timepoint_h\nP,B02,A549,DMSO,0,24\n").Single();
        Assert.That((well.Day, well.Operator, well.IsSentinel, well.Format), Is.EqualTo((1, "Operator_A", false, PlateFormat.Plate96)));
    }

    [Test]
    public void A_quoted_field_may_hold_commas_and_doubled_quotes()
    {
        var well = Read("plate_id,well_id,cell_line,compound,dose_uM,timepoint_h\n\"P \"\"x\"\", 1\",A01,A549,DMSO,0,24\n").Single();
        Assert.That(well.PlateId, Is.EqualTo("P \"x\", 1"));
    }

    [Test]
    public void A_line_break_inside_quotes_belongs_to_the_field_and_the_lines_after_it_keep_their_numbers()
    {
        var text = "plate_id,well_id,cell_line,compound,dose_uM,timepoint_h\n\"P\r\nQ\",A01,A549\n";
        Assert.That(Rejects(text), Does.StartWith("design.csv:3:12: expected 6 fields as in the header"));
        Assert.That(Rejects(text.Replace("A549", "A549,DMSO,0,24", StringComparison.Ordinal)), Does.StartWith("design.csv:2:1: plate_id 'P\\nQ' contains '|' or a control character"));
    }

    [Test]
    public void Negative_zero_dose_is_the_same_as_zero()
    {
        var dose = Read("plate_id,well_id,cell_line,compound,dose_uM,timepoint_h\nP,A01,A549,DMSO,-0,24\n").Single().DoseUm;
        Assert.That(double.IsNegative(dose), Is.False);
    }

    [Test]
    public void Validate_counts_the_wells()
    {
        Assert.That(Validate(Plain + "\n"), Is.EqualTo(3));
    }

    [Test]
    public void Reading_is_lazy_and_stops_where_the_caller_stops()
    {
        var opened = 0;
        var first = DesignTable.Read(() => { opened++; return new StringReader(Plain + "broken"); }, "design.csv", Default).First();
        Assert.That((first.WellId, opened), Is.EqualTo(("A01", 1)));
    }

    [TestCase("", "design.csv:1:1: the design file is empty; expected a header line naming the columns plate_id, well_id, cell_line, compound, dose_uM, timepoint_h")]
    [TestCase("\uFEFF\n\n", "design.csv:1:1: the design file is empty")]
    [TestCase("plate_id,well_id,cell_line,compound,dose_uM,timepoint_h\n", "design.csv:1:1: the design has a header but no wells")]
    [TestCase("plate_id,well_id,cell_line,compound,dose_uM\nP,A01,A549,DMSO,0\n", "design.csv:1:1: missing required column timepoint_h; the header has plate_id, well_id, cell_line, compound, dose_uM")]
    [TestCase("plate_id,well_id,cell_line,compound,dose,time\n", "design.csv:1:37: unknown column 'dose'; expected one of cell_line, compound, day, dose_uM, is_sentinel, operator, plate_format, plate_id, timepoint_h, well_id")]
    [TestCase("plate_id;well_id;cell_line;compound;dose_uM;timepoint_h\n", "design.csv:1:1: unknown column 'plate_id;well_id;cell_line;compound;dose_uM;timepoint_h' (fields must be separated by commas or tabs, not semicolons)")]
    [TestCase("plate_id,well_id,cell_line,compound,dose_uM,timepoint_h,Day,DAY\n", "design.csv:1:61: column 'DAY' appears twice (fields 7 and 8)")]
    [TestCase("{H}\nP,A01,A549,DMSO,0\n", "design.csv:2:18: expected 6 fields as in the header (plate_id, well_id, cell_line, compound, dose_uM, timepoint_h), found 5")]
    [TestCase("{H}\nP,A01,A549,DMSO,0,24,x\n", "design.csv:2:22: expected 6 fields as in the header")]
    [TestCase("{H}\nP,A01,HeLa,DMSO,0,24\n", "design.csv:2:7: unknown cell_line 'HeLa'; expected one of A549, HepG2, iPSC_Microglia, iPSC_NGN2")]
    [TestCase("{H}\nP,A01,a549,DMSO,0,24\n", "design.csv:2:7: unknown cell_line 'a549' (did you mean A549?)")]
    [TestCase("{H}\nP,A01,A549,aspirin,0,24\n", "design.csv:2:12: unknown compound 'aspirin'; expected one of CCCP, DMSO, H2O2, MG132, cisplatin, doxorubicin, etoposide, nocodazole, oligomycin, paclitaxel, staurosporine, tBHQ, tbhp, thapsigargin, tunicamycin, two_deoxy_d_glucose")]
    [TestCase("{H}\nP,I01,A549,DMSO,0,24\n", "design.csv:2:3: well_id 'I01' is not a well of a 96-well plate; expected a row letter and a two-digit column from A01 to H12")]
    [TestCase("{H}\nP,A1,A549,DMSO,0,24\n", "design.csv:2:3: well_id 'A1' is not a well of a 96-well plate")]
    [TestCase("{H}\nP,A13,A549,DMSO,0,24\n", "design.csv:2:3: well_id 'A13' is not a well of a 96-well plate")]
    [TestCase("{H},plate_format\nP,Q01,A549,DMSO,0,24,384\n", "design.csv:2:3: well_id 'Q01' is not a well of a 384-well plate; expected a row letter and a two-digit column from A01 to P24")]
    [TestCase("{H},plate_format\nP,AG01,A549,DMSO,0,24,1536\n", "design.csv:2:3: well_id 'AG01' is not a well of a 1536-well plate; expected a row letter and a two-digit column from A01 to AF48")]
    [TestCase("{H}\nP,A01,A549,DMSO,0,24\nQ,A01,A549,DMSO,0,24\nP,A01,A549,CCCP,1,24\n", "design.csv:4:3: well A01 of plate 'P' for cell line A549 is given twice (first at line 2); expected each (plate_id, cell_line, well_id) once")]
    [TestCase("{H},plate_format\nP,A01,A549,DMSO,0,24,96\nP,A02,A549,DMSO,0,24,384\n", "design.csv:3:3: plate 'P' for cell line A549 is a 96-well plate from line 2, but this row says plate_format 384; expected one format per plate")]
    [TestCase("{H}\nP,A01,A549,CCCP,-1,24\n", "design.csv:2:17: dose_uM '-1' is negative; expected a finite number of micromolar >= 0")]
    [TestCase("{H}\nP,A01,A549,CCCP,abc,24\n", "design.csv:2:17: dose_uM 'abc' is not a number; expected a finite number of micromolar >= 0")]
    [TestCase("{H}\nP,A01,A549,CCCP,,24\n", "design.csv:2:17: dose_uM '' is not a number")]
    [TestCase("{H}\nP,A01,A549,CCCP,1,5%\n", "design.csv:2:19: timepoint_h '5%' is not a number")]
    [TestCase("{H}\nP,A01,A549,CCCP,1\u00a00,24\n", "design.csv:2:17: dose_uM '1\u00a00' is not a number")]
    [TestCase("{H}\nP,A01,A549,CCCP,NaN,24\n", "design.csv:2:17: dose_uM 'NaN' is not finite; expected a finite number of micromolar >= 0")]
    [TestCase("{H}\nP,A01,A549,CCCP,Infinity,24\n", "design.csv:2:17: dose_uM 'Infinity' is not finite")]
    [TestCase("{H}\nP,A01,A549,CCCP,1e400,24\n", "design.csv:2:17: dose_uM '1e400' is not finite")]
    [TestCase("{H}\nP,A01,A549,CCCP,1,0\n", "design.csv:2:19: timepoint_h '0' is not after seeding; expected a finite number of hours > 0")]
    [TestCase("{H}\nP,A01,A549,CCCP,1,-6\n", "design.csv:2:19: timepoint_h '-6' is not after seeding")]
    [TestCase("{H}\nP,A01,A549,CCCP,1,1e300\n", "design.csv:2:19: day 1 at timepoint_h '1e300' is read after the end of the calendar")]
    [TestCase("P,A01,A549,DMSO,0,24\n", "design.csv:1:1: unknown column 'P' (the first line must be a header naming the columns); expected one of cell_line, compound,")]
    [TestCase("{H},day\nP,A01,A549,CCCP,1,24,0\n", "design.csv:2:22: day '0' is not a day of the campaign; expected a whole number >= 1")]
    [TestCase("{H},day\nP,A01,A549,CCCP,1,24,1.5\n", "design.csv:2:22: day '1.5' is not a day of the campaign")]
    [TestCase("{H},operator\nP,A01,A549,CCCP,1,24,\n", "design.csv:2:22: operator is empty; expected an operator name such as Operator_A")]
    [TestCase("{H},operator\nP,A01,A549,CCCP,1,24,\"Op|A\"\n", "design.csv:2:22: operator 'Op|A' contains '|' or a control character")]
    [TestCase("{H}\n,A01,A549,CCCP,1,24\n", "design.csv:2:1: plate_id is empty; expected a plate name")]
    [TestCase("{H},is_sentinel\nP,A01,A549,CCCP,1,24,yes\n", "design.csv:2:22: is_sentinel 'yes' is not a flag; expected one of 0, 1, false, true")]
    [TestCase("{H},plate_format\nP,A01,A549,CCCP,1,24,100\n", "design.csv:2:22: plate_format '100' is not a plate format; expected one of 96, 384, 1536")]
    [TestCase("{H}\n\"P,A01,A549,CCCP,1,24\n", "design.csv:2:1: a quoted field is never closed")]
    [TestCase("{H}\n\"P\"x,A01,A549,CCCP,1,24\n", "design.csv:2:4: unexpected 'x' after a closing quote; expected a comma or the end of the line")]
    public void Bad_input_names_file_line_column_value_and_expectation(string text, string message)
    {
        Assert.That(Rejects(text.Replace("{H}", "plate_id,well_id,cell_line,compound,dose_uM,timepoint_h", StringComparison.Ordinal)), Does.StartWith(message));
    }

    [Test]
    public void Written_design_reads_back_to_the_same_wells()
    {
        var odd = Read(Plain)[0] with { DoseUm = 0.1 * 3.0, TimepointH = 1.0 / 3.0 };
        var wells = BuiltInDesigns.Wells("full", Default).Concat(Read(Plain)).Append(odd).ToList();
        var text = new StringWriter();
        DesignTable.Write(text, wells);
        Assert.That(Read(text.ToString()), Is.EqualTo(wells));
    }

    [Test]
    public void Written_design_quotes_only_fields_that_need_it()
    {
        var text = new StringWriter();
        DesignTable.Write(text, Read(Plain).Skip(2));
        Assert.That(text.ToString(), Is.EqualTo("plate_id,well_id,cell_line,compound,dose_uM,timepoint_h,day,operator,is_sentinel,plate_format\nQ,P24,iPSC_NGN2,tBHQ,10,6.5,1,\"Smith, J.\",false,384\n"));
    }
}
