<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lectern::CodebookPanel</name>
    <message numerus="yes">
        <source>Merge “%1” into (%n annotation(s) get the chosen code instead; its subcodes move under it; you can undo this):</source>
        <translation>
            <numerusform>Merge “%1” into (%n annotation gets the chosen code instead; its subcodes move under it; you can undo this):</numerusform>
            <numerusform>Merge “%1” into (%n annotations get the chosen code instead; its subcodes move under it; you can undo this):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) carry it; they stay, without it (as plain highlights when it is their only code).</source>
        <translation>
            <numerusform>%n annotation carries it; it stays, without it (as a plain highlight when it is its only code).</numerusform>
            <numerusform>%n annotations carry it; they stay, without it (as plain highlights when it is their only code).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subcode(s) move up in its place.</source>
        <translation>
            <numerusform>Its %n subcode moves up in its place.</numerusform>
            <numerusform>Its %n subcodes move up in its place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::CommandLine</name>
    <message numerus="yes">
        <source>Wrote %1 (%n highlight annotation(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n highlight annotation)</numerusform>
            <numerusform>Wrote %1 (%n highlight annotations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n reference(s))</source>
        <translation>
            <numerusform> (+%n reference)</numerusform>
            <numerusform> (+%n references)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::EntityPanel</name>
    <message numerus="yes">
        <source>In %n statement(s)</source>
        <translation>
            <numerusform>In %n statement</numerusform>
            <numerusform>In %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also referred to %n time(s) by a pronoun or a description (“he”, “the country”), listed in italics</source>
        <translation>
            <numerusform>Also referred to %n time by a pronoun or a description (“he”, “the country”), listed in italics</numerusform>
            <numerusform>Also referred to %n times by a pronoun or a description (“he”, “the country”), listed in italics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message numerus="yes">
        <source>Coded %n passage(s)</source>
        <translation>
            <numerusform>Coded %n passage</numerusform>
            <numerusform>Coded %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) of “%1” in this statement</source>
        <translation>
            <numerusform>%n match of “%1” in this statement</numerusform>
            <numerusform>%n matches of “%1” in this statement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 with %n highlight(s)</source>
        <translation>
            <numerusform>Exported %1 with %n highlight</numerusform>
            <numerusform>Exported %1 with %n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” from the project? Its %n annotation(s) go with it. You can undo this.</source>
        <translation>
            <numerusform>Remove “%1” from the project? Its %n annotation goes with it. You can undo this.</numerusform>
            <numerusform>Remove “%1” from the project? Its %n annotations go with it. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annotated %n quotation(s)</source>
        <translation>
            <numerusform>Annotated %n quotation</numerusform>
            <numerusform>Annotated %n quotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annotated %n mention(s)</source>
        <translation>
            <numerusform>Annotated %n mention</numerusform>
            <numerusform>Annotated %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s) to %1</source>
        <translation>
            <numerusform>Wrote %n PDF to %1</numerusform>
            <numerusform>Wrote %n PDFs to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recognising %n more statement(s) for the entity list…</source>
        <translation>
            <numerusform>Recognising %n more statement for the entity list…</numerusform>
            <numerusform>Recognising %n more statements for the entity list…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) of “%1” in every statement</source>
        <translation>
            <numerusform>%n match of “%1” in every statement</numerusform>
            <numerusform>%n matches of “%1” in every statement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n statement(s)</source>
        <translation>
            <numerusform>Add %n statement</numerusform>
            <numerusform>Add %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n statement(s)</source>
        <translation>
            <numerusform>Added %n statement</numerusform>
            <numerusform>Added %n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Project</name>
    <message numerus="yes">
        <source>Code %n match(es) as “%1”</source>
        <translation>
            <numerusform>Code %n match as “%1”</numerusform>
            <numerusform>Code %n matches as “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ProjectVerbs</name>
    <message numerus="yes">
        <source>Wrote %1 with %n statement(s)</source>
        <translation>
            <numerusform>Wrote %1 with %n statement</numerusform>
            <numerusform>Wrote %1 with %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) as “%1” in %2</source>
        <translation>
            <numerusform>Coded %n passage as “%1” in %2</numerusform>
            <numerusform>Coded %n passages as “%1” in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::SearchPanel</name>
    <message numerus="yes">
        <source>%n match(es) in %1 statement(s)</source>
        <translation>
            <numerusform>%n match in %1 statement</numerusform>
            <numerusform>%n matches in %1 statements</numerusform>
        </translation>
    </message>
</context>
</TS>
